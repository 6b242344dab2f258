namespace LpbCms.Contents.Models;

/// <summary>Orchard's TitlePart: the title becomes the item's DisplayText.</summary>
public sealed record TitlePart
{
    public string? Title { get; init; }
}
