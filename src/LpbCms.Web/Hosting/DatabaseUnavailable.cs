using System.Data.Common;
using System.Net.Sockets;
using LpbCms.Core.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LpbCms.Web.Hosting;

/// <summary>
/// Recognises a failure that means "the database cannot be used right now" (the server is down or
/// restarting, the pool timed out waiting for a connection, SQLite stayed locked past its busy
/// timeout), as opposed to a bug: the first is worth a 503 and a retry, the second is a 500.
/// </summary>
public static class DatabaseUnavailable
{
    // SQLITE_BUSY and SQLITE_LOCKED: another connection held the lock longer than the busy timeout.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is such a failure.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsItself(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsItself(Exception exception) => exception switch
    {
        DatabaseUnavailableException => true,
        // Npgsql marks connection failures, server shutdowns (57P01..57P03) and pool timeouts transient.
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        DbException db => db.IsTransient,
        _ => false,
    };
}
