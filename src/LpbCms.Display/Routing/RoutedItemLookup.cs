using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;

namespace LpbCms.Display.Routing;

/// <summary>
/// Finds the published item shown at a request path: the item whose <c>AutoroutePart.Path</c> is the
/// path (unless routing is disabled for it), or for "/" the item named by the <c>HomeRoute</c> site
/// setting. Only published versions are ever returned, so drafts never reach a visitor.
/// </summary>
public sealed class RoutedItemLookup(IContentStore store, ISiteService site, IContentCatalog catalog)
{
    /// <summary>The item at <paramref name="requestPath"/>, or null.</summary>
    public async Task<ContentItem?> FindAsync(string? requestPath, CancellationToken ct = default)
    {
        var path = ContentRoutes.Normalize(requestPath);
        if (path.Length == 0)
        {
            return await FindHomeAsync(ct);
        }

        var result = await store.QueryAsync(new ContentQuery { Scope = VersionScope.Published, Path = path, Take = 1 }, ct);
        var item = result.Items.Count > 0 ? result.Items[0] : null;
        return item is not null && ContentRoutes.GetPath(item, catalog) is not null ? item : null;
    }

    /// <summary>The published item configured as the home page, or null when none is set.</summary>
    public async Task<ContentItem?> FindHomeAsync(CancellationToken ct = default)
    {
        var settings = await site.GetSiteSettingsAsync(ct);
        var homeId = settings["HomeRoute"] is JsonObject route && route["ContentItemId"] is JsonValue value && value.TryGetValue<string>(out var id)
            ? id
            : null;
        return string.IsNullOrEmpty(homeId) ? null : await store.GetAsync(homeId, VersionScope.Published, ct);
    }
}
