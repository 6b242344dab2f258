using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Display;
using LpbCms.Display.Routing;
using LpbTheme.Assets;
using LpbTheme.Services;
using LpbTheme.ViewModels;
using Microsoft.AspNetCore.Http;

namespace LpbTheme.Rendering;

/// <summary>Puts a page's main content into <c>Layout.liquid</c>: title, meta tags, navigation and footer.</summary>
public sealed class PageComposer(DisplayRenderer renderer, SiteContent content, ThemeAssetCatalog assets, IContentCatalog catalog)
{
    public const string BlogSection = "blog";
    public const string GiftsSection = "cadeaus";
    public const string CongressSection = "congres";

    public static DisplayContext ContextOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DisplayContext($"{request.Scheme}://{request.Host}{request.PathBase}");
    }

    public async Task<string> ComposeAsync(HttpContext http, LpbThemeSettings settings, SitePage page, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(page);
        var context = ContextOf(http.Request);
        var meta = page.Meta;
        var pages = await content.PagesAsync(ct);
        var about = pages.FirstOrDefault(p => p.ContentItemId == settings.AboutContentItemId);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Title"] = meta.Title,
            ["FullTitle"] = meta.CanonicalPath == "/" ? $"{settings.SiteName} – Landelijk Platform voor Buurt- en wijkgericht werken" : $"{meta.Title} | {settings.SiteName}",
            ["Description"] = meta.Description,
            ["CanonicalUrl"] = context.Absolute(meta.CanonicalPath),
            ["CanonicalPath"] = meta.CanonicalPath,
            ["OgType"] = meta.OgType,
            ["PublishedUtc"] = meta.PublishedUtc,
            ["SiteName"] = settings.SiteName,
            ["Body"] = page.BodyHtml,
            ["Navigation"] = Navigation(meta, about),
            ["FooterLinks"] = pages.Select(p => Link(p, meta)).OfType<NavLink>().ToList(),
            ["StylesheetUrl"] = assets.UrlOf("site.css"),
            ["IconUrl"] = assets.UrlOf("favicon.svg"),
            ["FeedUrl"] = "/blog/feed.xml",
        };
        return await renderer.RenderAsync(["Layout"], DisplayModel.ForValues(values), context, ct);
    }

    private List<NavLink> Navigation(PageMeta meta, ContentItem? about)
    {
        var links = new List<NavLink>
        {
            new("Home", "/", meta.CanonicalPath == "/"),
            new("Blog", "/blog", meta.Section == BlogSection),
            new("Cadeaus", "/cadeaus", meta.Section == GiftsSection),
            new("Congres", "/congres", meta.Section == CongressSection),
        };
        if (about is not null && Link(about, meta) is { } aboutLink)
        {
            links.Add(aboutLink);
        }

        return links;
    }

    private NavLink? Link(ContentItem item, PageMeta meta) =>
        ContentRoutes.GetUrl(item, catalog) is { } url ? new NavLink(item.DisplayText ?? url, url, url == meta.CanonicalPath) : null;
}
