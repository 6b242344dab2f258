using LpbCms.Core.Storage;
using Microsoft.Data.Sqlite;

namespace LpbCms.Web.Hosting;

/// <summary>A failure of what the site runs on rather than of the site: how it is answered.</summary>
public sealed record InfrastructureFault(int StatusCode, string Title, string Detail, int? RetryAfterSeconds)
{
    /// <summary>Seconds a caller is asked to wait for the database; a PostgreSQL restart usually takes a few.</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    // SQLITE_FULL: the disk holding the database file is full.
    private const int SqliteFull = 13;

    private static readonly InfrastructureFault DatabaseUnavailableFault = new(
        StatusCodes.Status503ServiceUnavailable,
        "The database is unavailable",
        $"The site cannot reach its database right now. Try again in {DatabaseRetryAfterSeconds} seconds.",
        DatabaseRetryAfterSeconds);

    private static readonly InfrastructureFault StorageFullFault = new(
        StatusCodes.Status507InsufficientStorage,
        "Insufficient storage",
        "The server's disk is full; nothing of the request was stored.",
        null);

    /// <summary>The fault <paramref name="exception"/> stands for, or null when it is an ordinary error (a 500).</summary>
    public static InfrastructureFault? Of(Exception exception) =>
        DatabaseUnavailable.Is(exception) ? DatabaseUnavailableFault
        : IsStorageFull(exception) ? StorageFullFault
        : null;

    /// <summary>A full disk under the database (SQLITE_FULL) or under a file being written.</summary>
    private static bool IsStorageFull(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: SqliteFull } || (current is IOException io && StorageFull.Is(io)))
            {
                return true;
            }
        }

        return false;
    }
}
