using LpbCms.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LpbCms.Data.Transactions;

/// <summary>One database transaction per DI scope, shared by every store that uses the scope's context.</summary>
public sealed class EfUnitOfWork(LpbDbContext db, ILogger<EfUnitOfWork> logger) : IUnitOfWork, IAsyncDisposable
{
    private EfTransaction? _current;

    public ITransaction? Current => _current;

    public async Task<ITransaction> BeginAsync(CancellationToken ct = default)
    {
        if (_current is not null)
        {
            return new JoinedTransaction(_current);
        }

        var transaction = await db.Database.BeginTransactionAsync(ct);
        _current = new EfTransaction(transaction, db, logger, () => _current = null);
        return _current;
    }

    /// <summary>A transaction still open when the scope ends was never committed: roll it back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_current is { } open)
        {
            await open.DisposeAsync();
        }
    }
}
