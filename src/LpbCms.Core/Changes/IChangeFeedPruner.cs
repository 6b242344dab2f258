namespace LpbCms.Core.Changes;

/// <summary>Deletes old change-feed rows (see <see cref="ChangeFeedOptions.RetentionDays"/>).</summary>
public interface IChangeFeedPruner
{
    /// <summary>Deletes every row that occurred before <paramref name="cutoffUtc"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTime cutoffUtc, CancellationToken ct = default);
}
