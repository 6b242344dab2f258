using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LpbCms.Data.PostgreSql;

/// <summary>Migrates the PostgreSQL database and explains connection errors without revealing secrets.</summary>
public sealed class PostgresDatabaseMigrator(PostgresLpbDbContext db, string connectionString, ILogger<PostgresDatabaseMigrator> logger)
    : EfDatabaseMigrator(db, logger)
{
    protected override string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL '{builder.Database}' on {builder.Host}:{builder.Port}";
    }

    protected override string? Explain(Exception exception) => exception switch
    {
        PostgresException pg => $"{pg.SqlState}: {pg.MessageText}",
        NpgsqlException { InnerException: SocketException socket } => $"the server cannot be reached ({socket.SocketErrorCode}).",
        NpgsqlException { InnerException: TimeoutException } => "the server did not answer in time.",
        NpgsqlException npgsql => npgsql.Message,
        SocketException socket => $"the server cannot be reached ({socket.SocketErrorCode}).",
        InvalidOperationException { InnerException: { } inner } => Explain(inner),
        _ => null,
    };
}
