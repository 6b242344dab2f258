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
    /// <summary>Whether the item is a taxonomy (has terms to show).</summary>
    public static bool IsTaxonomy(ContentItem item, IContentCatalog catalog) => catalog.HoldsTerms(item);

    /// <summary>Every term with a page, parents before their children, in the taxonomy's order.</summary>
    public static IReadOnlyList<TermLink> Links(ContentItem taxonomy, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (ContentRoutes.GetUrl(taxonomy, catalog) is not { } taxonomyUrl)
        {
            return [];
        }

        return [.. catalog.ReadTerms(taxonomy)
            .Where(term => term.Path is not null)
            .Select(term => new TermLink(term.ContentItemId, term.Title, $"{taxonomyUrl.TrimEnd('/')}/{term.Path}"))];
    }
}
