namespace LpbCms.Core.Changes;

/// <summary>
/// One row of the change feed. <see cref="Sequence"/> is given by the database when the row is
/// stored (0 before that) and grows in commit order, so a consumer that has read up to N never
/// sees a row below N appear later. Item columns are null for definition and settings changes.
/// </summary>
public sealed record ContentChange
{
    public long Sequence { get; init; }

    public required DateTime OccurredUtc { get; init; }

    public required ContentChangeEvent Event { get; init; }

    public string? ContentItemId { get; init; }

    public string? ContentItemVersionId { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The user id, or the API client id, that made the change; null for work without a caller (setup, command-line recipes).</summary>
    public string? UserId { get; init; }

    /// <summary>The user name, or the API client's display name.</summary>
    public string? UserName { get; init; }
}
