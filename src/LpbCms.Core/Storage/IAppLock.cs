namespace LpbCms.Core.Storage;

/// <summary>
/// A lock held across processes that share the database (setup, migrations): a lock file beside
/// the SQLite database, an advisory lock on PostgreSQL, Redis when configured.
/// </summary>
public interface IAppLock
{
    /// <summary>Waits up to <paramref name="timeout"/> for the named lock; throws <see cref="TimeoutException"/> otherwise.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct = default);
}
