namespace LpbCms.Contents.Models;

/// <summary>Orchard's ContainedPart: puts an item in the list item <see cref="ListContentItemId"/>.</summary>
public sealed record ContainedPart
{
    public string? ListContentItemId { get; init; }

    public string? ListContentType { get; init; }

    public int Order { get; init; }
}
