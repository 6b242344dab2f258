namespace LpbCms.Contents.Models;

/// <summary>Orchard's ListPartSettings.</summary>
public sealed record ListPartSettings
{
    public int PageSize { get; init; } = 10;

    /// <summary>Types that may be put in the list; empty means the list does not restrict them.</summary>
    public IReadOnlyList<string> ContainedContentTypes { get; init; } = [];

    public bool EnableOrdering { get; init; }
}
