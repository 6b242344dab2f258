namespace LpbCms.Core.Changes;

/// <summary>Where each named consumer of the change feed has read up to.</summary>
public interface IChangeFeedCursorStore
{
    /// <summary>The last sequence the consumer has handled; null when it has never advanced.</summary>
    Task<long?> GetAsync(string consumer, CancellationToken ct = default);

    /// <summary>
    /// Moves the consumer's cursor to <paramref name="sequence"/> unless it is already there or
    /// further (a slow, late writer must not make a consumer read rows twice); returns the stored position.
    /// </summary>
    Task<long> AdvanceAsync(string consumer, long sequence, CancellationToken ct = default);
}
