using System.Text.Json.Nodes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Contents.Endpoints;

/// <summary>
/// Serves the published item whose AutoroutePart.Path is the request path, and the configured home
/// page (<c>HomeRoute.ContentItemId</c>) at "/", in <see cref="DefaultItemPage"/>. Mapped last so every
/// other endpoint wins; paths that look like files are left to static files. Temporary until the theme renders items.
/// </summary>
public static class RoutedContentEndpoint
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/{**path:nonfile}", [HttpMethods.Get, HttpMethods.Head], HandleAsync)
            .WithOrder(int.MaxValue)
            .WithName("RoutedContent")
            .ExcludeFromDescription();

    public static async Task<ContentHttpResult> HandleAsync(
        string? path, IContentStore store, ISiteService site, IMarkdownRenderer markdown, CancellationToken ct)
    {
        var item = await FindAsync(RoutePaths.Normalize(path), store, site, ct);
        return item is null
            ? TypedResults.Content(DefaultItemPage.RenderNotFound(), HtmlContentType, statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Content(DefaultItemPage.Render(item.DisplayText, BodyHtml(item, markdown)), HtmlContentType);
    }

    private static async Task<ContentItem?> FindAsync(string path, IContentStore store, ISiteService site, CancellationToken ct)
    {
        if (path.Length == 0)
        {
            var homeId = HomeRoute.GetContentItemId(await site.GetSiteSettingsAsync(ct));
            return string.IsNullOrEmpty(homeId) ? null : await store.GetAsync(homeId, VersionScope.Published, ct);
        }

        var result = await store.QueryAsync(new ContentQuery { Scope = VersionScope.Published, Path = path, Take = 1 }, ct);
        var item = result.Items.Count > 0 ? result.Items[0] : null;
        return item?.Content["AutoroutePart"] is JsonObject route && ContentParts.IsTrue(route, "Disabled") ? null : item;
    }

    /// <summary>The stored (already sanitized) HTML body, or the Markdown body rendered to sanitized HTML.</summary>
    private static string BodyHtml(ContentItem item, IMarkdownRenderer markdown)
    {
        if (item.Content["HtmlBodyPart"] is JsonObject html && ContentParts.GetString(html, "Html") is { Length: > 0 } body)
        {
            return body;
        }

        return item.Content["MarkdownBodyPart"] is JsonObject md ? markdown.ToHtml(ContentParts.GetString(md, "Markdown")) : "";
    }
}
