namespace LpbCms.Data.Entities;

/// <summary>A stored audit trail entry.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public required string Action { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? ContentItemId { get; set; }

    public string? ContentType { get; set; }

    public string? Details { get; set; }
}
