using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>An item's body, from whichever part holds it as HTML (Orchard's BodyAspect).</summary>
public static class ContentCatalogBody
{
    /// <summary>The stored (sanitized on save) HTML body of <paramref name="item"/>, or null when it has none.</summary>
    public static string? ReadHtmlBody(this IContentCatalog catalog, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        foreach (var part in catalog.Parts)
        {
            if (part.HtmlBodyProperty is { } property
                && item.Content[part.Name]?[property] is JsonValue value
                && value.TryGetValue<string>(out var html)
                && !string.IsNullOrWhiteSpace(html))
            {
                return html;
            }
        }

        return null;
    }
}
