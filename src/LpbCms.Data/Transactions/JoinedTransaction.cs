using LpbCms.Core.Storage;

namespace LpbCms.Data.Transactions;

/// <summary>
/// A handle on an outer transaction: commit is a no-op (the outer one decides), callbacks are
/// registered on the outer one, and disposing without commit leaves the outer one to roll back.
/// </summary>
internal sealed class JoinedTransaction(ITransaction outer) : ITransaction
{
    public Task CommitAsync(CancellationToken ct = default) => Task.CompletedTask;

    public Task RollbackAsync(CancellationToken ct = default) => outer.RollbackAsync(ct);

    public void OnCommitted(Func<Task> action) => outer.OnCommitted(action);

    public void OnRolledBack(Func<Task> action) => outer.OnRolledBack(action);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
