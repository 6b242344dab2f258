namespace LpbCms.Contents.Taxonomies;

/// <summary>One term of a taxonomy, read from its <c>TaxonomyPart.Terms</c> (terms are content items kept inside the taxonomy).</summary>
/// <param name="ContentItemId">The term's id, which TaxonomyFields store in <c>TermContentItemIds</c>.</param>
/// <param name="Title">Its display text (or title).</param>
/// <param name="Path">Its <c>AutoroutePart.Path</c> (relative to the taxonomy's path, as Orchard's contained routes), or null.</param>
/// <param name="Depth">0 for a top-level term, 1 for its children, ...</param>
/// <param name="HasChildren">Whether terms sit below it (a <c>LeavesOnly</c> field cannot pick it).</param>
public sealed record TaxonomyTerm(string ContentItemId, string Title, string? Path, int Depth, bool HasChildren);
