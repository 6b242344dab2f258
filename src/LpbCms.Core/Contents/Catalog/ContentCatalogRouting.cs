using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>An item's public path, from whichever part contributes routes (Orchard's AutoroutePart).</summary>
public static class ContentCatalogRouting
{
    /// <summary>
    /// The path the routing part holds, trimmed of white space and slashes, or null. With
    /// <paramref name="whenDisabled"/> false, a part that switches routing off gives no path (the
    /// public site); the store keeps the path either way, so a taken path stays taken.
    /// </summary>
    public static string? ReadRoutePath(this IContentCatalog catalog, ContentItem item, bool whenDisabled)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        foreach (var part in catalog.Parts)
        {
            if (part.Route is not { } route || item.Content[part.Name] is not JsonObject json)
            {
                continue;
            }

            if (!whenDisabled && route.DisabledProperty is { } disabled && json[disabled] is JsonValue flag && flag.TryGetValue<bool>(out var off) && off)
            {
                return null;
            }

            if (json[route.PathProperty] is JsonValue value && value.TryGetValue<string>(out var path) && !string.IsNullOrWhiteSpace(path))
            {
                return path.Trim().Trim('/');
            }
        }

        return null;
    }
}
