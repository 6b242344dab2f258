using LpbCms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpbCms.Data;

/// <summary>Applies migrations and checks connectivity; providers translate their errors into clear messages.</summary>
public abstract class EfDatabaseMigrator(LpbDbContext db, ILogger logger) : IDatabaseMigrator
{
    /// <summary>Where the database is, for messages (never with a password).</summary>
    protected abstract string Describe();

    /// <summary>Returns a clear explanation when the exception is a database error of this provider, else null.</summary>
    protected abstract string? Explain(Exception exception);

    /// <summary>Provider settings applied after migrating (e.g. SQLite's WAL mode).</summary>
    protected virtual Task AfterMigrateAsync(LpbDbContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Provider preparation before migrating (e.g. creating the SQLite folder).</summary>
    protected virtual void BeforeMigrate()
    {
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        try
        {
            BeforeMigrate();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to {Database}: {Migrations}", pending.Count, Describe(), string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(ct);
            await AfterMigrateAsync(db, ct);
        }
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            throw new DatabaseUnavailableException($"The database {Describe()} cannot be used: {reason}", ex);
        }
    }

    public async Task<bool> CanConnectAsync(CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct);
        }
        catch (Exception ex) when (Explain(ex) is not null)
        {
            logger.LogWarning("The database {Database} is not reachable: {Reason}", Describe(), Explain(ex));
            return false;
        }
    }
}
