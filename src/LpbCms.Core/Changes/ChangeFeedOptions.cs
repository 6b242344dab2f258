namespace LpbCms.Core.Changes;

/// <summary>
/// Settings of the change feed (configuration section <see cref="SectionName"/>). Rows older than
/// the retention are deleted whether or not every consumer has read them: a consumer that was down
/// longer than that finds its cursor below the oldest row and must resync from the current state.
/// </summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "LpbCms:ChangeFeed";

    public const int DefaultRetentionDays = 30;

    /// <summary>Ten years: longer is a configuration mistake, not a policy.</summary>
    public const int MaxRetentionDays = 3650;

    /// <summary>Days a row is kept; 1 to <see cref="MaxRetentionDays"/>.</summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>How often the pruning service runs.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
