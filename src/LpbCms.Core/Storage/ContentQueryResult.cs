using LpbCms.Core.Contents;

namespace LpbCms.Core.Storage;

/// <summary>A page of items and the total number of matches.</summary>
public sealed record ContentQueryResult(IReadOnlyList<ContentItem> Items, int TotalCount);
