namespace LpbCms.Data.Entities;

/// <summary>
/// One content item version. Columns mirror Orchard's ContentItemIndex, plus the route path and
/// the full JSON document; <see cref="Revision"/> is the optimistic concurrency token.
/// </summary>
public sealed class ContentItemRecord
{
    /// <summary>Row id (Orchard's DocumentId).</summary>
    public long DocumentId { get; set; }

    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string ContentType { get; set; }

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    /// <summary>AutoroutePart.Path, mirrored for lookups by path.</summary>
    public string? Path { get; set; }

    /// <summary>The version's Orchard JSON document.</summary>
    public required string Content { get; set; }

    public int Revision { get; set; }
}
