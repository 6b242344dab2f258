using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// The terms an item holds, from whichever part holds terms (Orchard's TaxonomyPart): content items
/// kept inside it, each with its child terms under the same property. A term's title and path come
/// from the parts that give display text and routes, as for any item.
/// </summary>
public static class ContentCatalogTerms
{
    /// <summary>Whether the item has a part that holds terms (it is a taxonomy).</summary>
    public static bool HoldsTerms(this IContentCatalog catalog, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        return catalog.Parts.Any(p => p.TermsProperty is not null && item.Content[p.Name] is JsonObject);
    }

    /// <summary>Every term with an id, parents before their children, in stored order.</summary>
    public static IReadOnlyList<ContentCatalogTerm> ReadTerms(this IContentCatalog catalog, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(item);
        var terms = new List<ContentCatalogTerm>();
        foreach (var part in catalog.Parts)
        {
            if (part.TermsProperty is { } property && item.Content[part.Name]?[property] is JsonArray roots)
            {
                Collect(catalog, roots, property, 0, terms);
            }
        }

        return terms;
    }

    private static void Collect(IContentCatalog catalog, JsonArray nodes, string property, int depth, List<ContentCatalogTerm> terms)
    {
        foreach (var node in nodes)
        {
            if (node is not JsonObject term)
            {
                continue;
            }

            if (Text(term["ContentItemId"]) is { } id)
            {
                terms.Add(new ContentCatalogTerm(id, Text(term["DisplayText"]) ?? DisplayText(catalog, term) ?? id, RoutePath(catalog, term), depth));
            }

            if (term[property] is JsonArray children)
            {
                Collect(catalog, children, property, depth + 1, terms);
            }
        }
    }

    private static string? DisplayText(IContentCatalog catalog, JsonObject term) =>
        catalog.Parts.Where(p => p.DisplayTextProperty is not null).Select(p => Text(term[p.Name]?[p.DisplayTextProperty!])).FirstOrDefault(t => t is not null);

    private static string? RoutePath(IContentCatalog catalog, JsonObject term) =>
        catalog.Parts.Where(p => p.Route is not null).Select(p => Text(term[p.Name]?[p.Route!.PathProperty])?.Trim().Trim('/')).FirstOrDefault(t => !string.IsNullOrEmpty(t));

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}
