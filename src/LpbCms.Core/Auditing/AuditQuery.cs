namespace LpbCms.Core.Auditing;

/// <summary>A filter over the audit trail, newest first.</summary>
public sealed record AuditQuery
{
    public string? Action { get; init; }

    /// <summary>Any of these actions (a kind of actions, e.g. everything about media); null for all.</summary>
    public IReadOnlyCollection<string>? Actions { get; init; }

    public string? UserName { get; init; }

    public string? ContentItemId { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
