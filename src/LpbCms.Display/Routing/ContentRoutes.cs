using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Display.Routing;

/// <summary>Route data (from the catalogue's routing part, Orchard's Autoroute) read for display: an item's path and its public URL.</summary>
public static class ContentRoutes
{
    /// <summary>The path of the item's routing part (no leading slash), or null when it has none or routing is disabled.</summary>
    public static string? GetPath(ContentItem item, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.ReadRoutePath(item, whenDisabled: false) is { Length: > 0 } path ? Normalize(path) : null;
    }

    /// <summary>"/" + path, or null when the item is not routed.</summary>
    public static string? GetUrl(ContentItem item, IContentCatalog catalog) => GetPath(item, catalog) is { } path ? "/" + path : null;

    /// <summary>Trims white space and slashes at both ends and collapses repeated slashes.</summary>
    public static string Normalize(string? path) =>
        string.IsNullOrWhiteSpace(path) ? "" : string.Join('/', path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries));
}
