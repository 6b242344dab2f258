namespace LpbCms.Core.Storage;

/// <summary>Applies the configured provider's migrations; fails with a clear message when the database cannot be reached or is corrupt.</summary>
public interface IDatabaseMigrator
{
    /// <exception cref="DatabaseUnavailableException">The database is unreachable, corrupt or not writable.</exception>
    Task MigrateAsync(CancellationToken ct = default);

    /// <summary>True when the database answers a trivial query (for /health/ready).</summary>
    Task<bool> CanConnectAsync(CancellationToken ct = default);
}
