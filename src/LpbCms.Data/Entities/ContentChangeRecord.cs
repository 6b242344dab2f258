using LpbCms.Core.Changes;

namespace LpbCms.Data.Entities;

/// <summary>A stored change-feed row; <see cref="Sequence"/> is the database's identity value.</summary>
public sealed class ContentChangeRecord
{
    public long Sequence { get; set; }

    public DateTime OccurredUtc { get; set; }

    public ContentChangeEvent Event { get; set; }

    public string? ContentItemId { get; set; }

    public string? ContentItemVersionId { get; set; }

    public string? ContentType { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }
}
