namespace LpbCms.Core.Contents.Catalog;

/// <summary>What the values of a property point at, for consumers that follow references.</summary>
public enum ContentPropertyRole
{
    /// <summary>A plain value.</summary>
    None,

    /// <summary>Content item ids (a picker): GraphQL and the API can load the items.</summary>
    ContentItemIds,

    /// <summary>A content item id (one item, e.g. the taxonomy a field picks its terms from).</summary>
    ContentItemId,

    /// <summary>Paths in the media library: the library finds the items that use a file.</summary>
    MediaPaths,
}
