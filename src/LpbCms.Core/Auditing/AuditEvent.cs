namespace LpbCms.Core.Auditing;

/// <summary>
/// One entry of the audit trail: who did what, when, to which item. <see cref="Details"/> holds a
/// small JSON object with event-specific data (never passwords or tokens).
/// </summary>
public sealed record AuditEvent
{
    public long Id { get; init; }

    public required DateTime OccurredUtc { get; init; }

    /// <summary>What happened, e.g. <c>SignIn</c>, <c>SignInFailed</c>, <c>ContentPublished</c>, <c>RecipeRun</c>.</summary>
    public required string Action { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? ContentItemId { get; init; }

    public string? ContentType { get; init; }

    public string? Details { get; init; }
}
