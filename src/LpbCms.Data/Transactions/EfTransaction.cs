using LpbCms.Core.Storage;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LpbCms.Data.Transactions;

/// <summary>An EF Core transaction with callbacks for side effects that must follow its outcome.</summary>
internal sealed class EfTransaction(IDbContextTransaction transaction, LpbDbContext db, ILogger logger, Action onEnded) : ITransaction
{
    private readonly List<Func<CancellationToken, Task>> _onCommitting = [];
    private readonly List<Func<Task>> _onCommitted = [];
    private readonly List<Func<Task>> _onRolledBack = [];
    private bool _ended;

    /// <summary>
    /// Runs inside the transaction just before it commits (writes that must be last, such as the
    /// change feed's rows); a failure stops the commit, and the transaction rolls back when disposed.
    /// </summary>
    public void OnCommitting(Func<CancellationToken, Task> action) => _onCommitting.Add(action);

    public void OnCommitted(Func<Task> action) => _onCommitted.Add(action);

    public void OnRolledBack(Func<Task> action) => _onRolledBack.Add(action);

    public async Task CommitAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        foreach (var action in _onCommitting)
        {
            await action(ct);
        }

        await transaction.CommitAsync(ct);
        End();
        await RunCallbacksAsync(_onCommitted, "commit");
    }

    public async Task RollbackAsync(CancellationToken ct = default)
    {
        if (_ended)
        {
            return;
        }

        try
        {
            await transaction.RollbackAsync(ct);
        }
        finally
        {
            End();

            // Entities tracked during the transaction may hold values that were never stored.
            db.ChangeTracker.Clear();
            await RunCallbacksAsync(_onRolledBack, "rollback");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            await RollbackAsync();
        }

        await transaction.DisposeAsync();
    }

    private void End()
    {
        _ended = true;
        onEnded();
    }

    private async Task RunCallbacksAsync(List<Func<Task>> callbacks, string phase)
    {
        foreach (var callback in callbacks)
        {
            try
            {
                await callback();
            }
#pragma warning disable CA1031 // One failing side effect must not stop the others; it is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "A callback after transaction {Phase} failed.", phase);
            }
        }
    }
}
