namespace LpbCms.Core.Changes;

/// <summary>Reads the change feed in sequence order; consumers keep their place with <see cref="IChangeFeedCursorStore"/>.</summary>
public interface IChangeFeed
{
    /// <summary>Up to <paramref name="max"/> rows with a sequence above <paramref name="afterSequence"/>, lowest first.</summary>
    Task<IReadOnlyList<ContentChange>> ReadAsync(long afterSequence, int max, CancellationToken ct = default);

    /// <summary>The highest sequence stored (0 when the feed is empty): where a new consumer that needs no history starts.</summary>
    Task<long> GetLatestSequenceAsync(CancellationToken ct = default);
}
