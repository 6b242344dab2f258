namespace LpbCms.Core.Storage;

/// <summary>
/// An open transaction. Disposing without <see cref="CommitAsync"/> rolls back. Side effects outside
/// the database (files, caches) register callbacks so they follow the transaction's outcome.
/// </summary>
public interface ITransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken ct = default);

    Task RollbackAsync(CancellationToken ct = default);

    /// <summary>Runs after a successful commit (e.g. move staged media into place, evict caches).</summary>
    void OnCommitted(Func<Task> action);

    /// <summary>Runs after a rollback (e.g. delete staged files, drop caches that saw uncommitted data).</summary>
    void OnRolledBack(Func<Task> action);
}
