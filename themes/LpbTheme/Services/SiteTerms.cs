using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Display.Routing;
using LpbTheme.ViewModels;

namespace LpbTheme.Services;

/// <summary>
/// The terms of an Orchard taxonomy as the site links them. Terms are content items inside the
/// taxonomy (<c>TaxonomyPart.Terms</c>, child terms in a term's own <c>Terms</c>); as with Orchard's
/// contained routes, a term's page is at the taxonomy's path followed by the term's own path
/// (<c>/thema/preventie</c>). Terms without a path, and taxonomies that are not routed, have no pages.
/// </summary>
public static class SiteTerms
{
    private const string TaxonomyPart = "TaxonomyPart";
    private const string Terms = "Terms";

    /// <summary>Whether the item is a taxonomy (has terms to show).</summary>
    public static bool IsTaxonomy(ContentItem item) => item.Content[TaxonomyPart] is JsonObject;

    /// <summary>Every term with a page, parents before their children, in the taxonomy's order.</summary>
    public static IReadOnlyList<TermLink> Links(ContentItem taxonomy, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (ContentRoutes.GetUrl(taxonomy, catalog) is not { } taxonomyUrl)
        {
            return [];
        }

        var links = new List<TermLink>();
        var pending = new Stack<JsonNode?>((taxonomy.Content[TaxonomyPart]?[Terms] as JsonArray ?? []).Reverse());
        while (pending.TryPop(out var node))
        {
            if (node is not JsonObject term)
            {
                continue;
            }

            if (ContentJson.NonBlank(term["ContentItemId"]) is { } id && ContentJson.NonBlank(term["AutoroutePart"]?["Path"]) is { } path)
            {
                var title = ContentJson.NonBlank(term["DisplayText"]) ?? ContentJson.NonBlank(term["TitlePart"]?["Title"]) ?? path;
                links.Add(new TermLink(id, title, $"{taxonomyUrl.TrimEnd('/')}/{path.Trim('/')}"));
            }

            foreach (var child in (term[Terms] as JsonArray ?? []).Reverse())
            {
                pending.Push(child);
            }
        }

        return links;
    }
}
