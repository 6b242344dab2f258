namespace LpbCms.Core.Contents.Catalog;

/// <summary>One term of a taxonomy: its item id, title, own path (relative to the taxonomy's) and depth in the tree.</summary>
public sealed record ContentCatalogTerm(string ContentItemId, string Title, string? Path, int Depth);
