using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Display.Routing;

/// <summary>Orchard's Autoroute data read for display: an item's path and its public URL.</summary>
public static class ContentRoutes
{
    /// <summary>The stored <c>AutoroutePart.Path</c> (no leading slash), or null when the item has none or routing is disabled.</summary>
    public static string? GetPath(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Content["AutoroutePart"] is not JsonObject route || IsTrue(route["Disabled"]))
        {
            return null;
        }

        return route["Path"] is JsonValue value && value.TryGetValue<string>(out var path) && !string.IsNullOrWhiteSpace(path)
            ? Normalize(path)
            : null;
    }

    /// <summary>"/" + path, or null when the item is not routed.</summary>
    public static string? GetUrl(ContentItem item) => GetPath(item) is { } path ? "/" + path : null;

    /// <summary>Trims white space and slashes at both ends and collapses repeated slashes.</summary>
    public static string Normalize(string? path) =>
        string.IsNullOrWhiteSpace(path) ? "" : string.Join('/', path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
