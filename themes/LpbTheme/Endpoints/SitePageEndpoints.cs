using System.Globalization;
using LpbTheme.Caching;
using LpbTheme.Feeds;
using LpbTheme.Pages;
using LpbTheme.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbTheme.Endpoints;

/// <summary>
/// The public site: home, blog (with paging and RSS), gifts, congresses, sitemap, robots.txt and every
/// published routed item at its path (mapped last, so every other endpoint wins). Anonymous views are
/// served from the output cache when it is enabled.
/// </summary>
public static class SitePageEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder endpoints, bool useOutputCache)
    {
        Page(endpoints.MapMethods("/", GetAndHead, HomeAsync), useOutputCache);
        Page(endpoints.MapMethods("/blog", GetAndHead, BlogAsync), useOutputCache);
        Page(endpoints.MapMethods("/cadeaus", GetAndHead, GiftsAsync), useOutputCache);
        Page(endpoints.MapMethods("/congres", GetAndHead, CongressesAsync), useOutputCache);
        Page(endpoints.MapMethods("/blog/feed.xml", GetAndHead, SiteFeeds.RssAsync), useOutputCache);
        Page(endpoints.MapMethods("/sitemap.xml", GetAndHead, SiteFeeds.SitemapAsync), useOutputCache);
        Page(endpoints.MapMethods("/robots.txt", GetAndHead, SiteFeeds.Robots), useOutputCache);
        Page(endpoints.MapMethods("/{**path:nonfile}", GetAndHead, RoutedItemAsync).WithOrder(int.MaxValue), useOutputCache);
    }

    private static void Page(RouteHandlerBuilder builder, bool useOutputCache)
    {
        builder.WithMetadata(ThemePageMetadata.Instance).ExcludeFromDescription();
        if (useOutputCache)
        {
            builder.CacheOutput(PageCachePolicy.Name);
        }
    }

    private static async Task<IResult> HomeAsync(HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct)
    {
        var settings = await pages.SettingsAsync(ct);
        var page = await pages.HomeAsync(settings, PageComposer.ContextOf(http.Request), ct);
        return new HtmlPageResult(await composer.ComposeAsync(http, settings, page, ct), HtmlPageResult.HtmlContentType);
    }

    private static async Task<IResult> BlogAsync(HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct)
    {
        var number = 1;
        var requested = http.Request.Query["pagina"];
        if (requested.Count > 0 && !int.TryParse(requested[0], NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return await NotFoundAsync(http, pages, composer, ct);
        }

        var page = await pages.BlogIndexAsync(number, PageComposer.ContextOf(http.Request), ct);
        return await RespondAsync(http, pages, composer, page, ct);
    }

    private static async Task<IResult> GiftsAsync(HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct) =>
        await RespondAsync(http, pages, composer, await pages.GiftsAsync(PageComposer.ContextOf(http.Request), ct), ct);

    private static async Task<IResult> CongressesAsync(HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct) =>
        await RespondAsync(http, pages, composer, await pages.CongressesAsync(PageComposer.ContextOf(http.Request), ct), ct);

    /// <summary>First path segments of machine endpoints: an unknown path there gets the host's ProblemDetails 404, not a page.</summary>
    private static readonly HashSet<string> MachineSegments = new(StringComparer.OrdinalIgnoreCase) { "api", "connect", "health", "openapi", "graphql", "media" };

    private static async Task<IResult> RoutedItemAsync(string? path, HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct)
    {
        if (path is not null && MachineSegments.Contains(path.Split('/', 2)[0]))
        {
            return Results.NotFound();
        }

        return await RespondAsync(http, pages, composer, await pages.RoutedItemAsync(path, PageComposer.ContextOf(http.Request), ct), ct);
    }

    private static async Task<IResult> RespondAsync(HttpContext http, SitePages pages, PageComposer composer, SitePage? page, CancellationToken ct)
    {
        if (page is null)
        {
            return await NotFoundAsync(http, pages, composer, ct);
        }

        var settings = await pages.SettingsAsync(ct);
        return new HtmlPageResult(await composer.ComposeAsync(http, settings, page, ct), HtmlPageResult.HtmlContentType);
    }

    /// <summary>The Dutch 404 page, in the site's layout; never cached (the output cache stores only 200 responses).</summary>
    public static async Task<IResult> NotFoundAsync(HttpContext http, SitePages pages, PageComposer composer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(composer);
        var settings = await pages.SettingsAsync(ct);
        var page = await pages.NotFoundAsync(PageComposer.ContextOf(http.Request), ct);
        return new HtmlPageResult(await composer.ComposeAsync(http, settings, page, ct), HtmlPageResult.HtmlContentType, StatusCodes.Status404NotFound);
    }
}
