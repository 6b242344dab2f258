using LpbCms.Core.Storage;

namespace LpbCms.Core.Tests.Recipes;

/// <summary>
/// Records what the executor does with its transaction (begin, commit, rollback); it stores
/// nothing. The transactional behaviour against real databases is tested in LpbCms.Data.Tests.
/// </summary>
internal sealed class RecordingUnitOfWork : IUnitOfWork
{
    public List<string> Events { get; } = [];

    public ITransaction? Current { get; private set; }

    public Task<ITransaction> BeginAsync(CancellationToken ct = default)
    {
        if (Current is not null)
        {
            Events.Add("join");
            return Task.FromResult<ITransaction>(new Transaction(this, joined: true));
        }

        Events.Add("begin");
        Current = new Transaction(this, joined: false);
        return Task.FromResult(Current);
    }

    private sealed class Transaction(RecordingUnitOfWork owner, bool joined) : ITransaction
    {
        public Task CommitAsync(CancellationToken ct = default)
        {
            owner.Events.Add(joined ? "commit (joined)" : "commit");
            End();
            return Task.CompletedTask;
        }

        public Task RollbackAsync(CancellationToken ct = default)
        {
            owner.Events.Add(joined ? "rollback (joined)" : "rollback");
            End();
            return Task.CompletedTask;
        }

        public void OnCommitted(Func<Task> action)
        {
        }

        public void OnRolledBack(Func<Task> action)
        {
        }

        public ValueTask DisposeAsync()
        {
            End();
            return ValueTask.CompletedTask;
        }

        private void End()
        {
            if (!joined)
            {
                owner.Current = null;
            }
        }
    }
}
