namespace LpbCms.Core.Storage;

/// <summary>Starts a database transaction that spans every store used in the current DI scope.</summary>
public interface IUnitOfWork
{
    /// <summary>The transaction open in this scope, if any.</summary>
    ITransaction? Current { get; }

    /// <summary>
    /// Opens a transaction. When one is already open in this scope, returns a handle that joins it:
    /// its commit is a no-op and the outer transaction decides (so a content operation inside a
    /// recipe becomes part of the recipe's all-or-nothing transaction).
    /// </summary>
    Task<ITransaction> BeginAsync(CancellationToken ct = default);
}
