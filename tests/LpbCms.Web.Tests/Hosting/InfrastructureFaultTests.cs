using System.Net.Sockets;
using LpbCms.Core.Storage;
using LpbCms.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LpbCms.Web.Tests.Hosting;

/// <summary>Which failures are the infrastructure's (503 with Retry-After, 507) and which stay ordinary 500s.</summary>
public sealed class InfrastructureFaultTests
{
    public static TheoryData<Exception, int?> Failures() => new()
    {
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)), StatusCodes.Status503ServiceUnavailable },
        { new NpgsqlException("The connection pool has been exhausted", new TimeoutException()), StatusCodes.Status503ServiceUnavailable },
        { new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Exception while reading from stream", new IOException("broken pipe"))), StatusCodes.Status503ServiceUnavailable },
        { new SqliteException("database is locked", 5), StatusCodes.Status503ServiceUnavailable },
        { new DatabaseUnavailableException("The database cannot be used."), StatusCodes.Status503ServiceUnavailable },
        { new SqliteException("database or disk is full", 13), StatusCodes.Status507InsufficientStorage },
        { new IOException("No space left on device", 28), StatusCodes.Status507InsufficientStorage },
        { new SqliteException("UNIQUE constraint failed", 19), null },
        { new NpgsqlException("syntax error"), null },
        { new IOException("Permission denied", 13), null },
        { new InvalidOperationException("a bug"), null },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Of_Exception_GivesStatusOrNullForAnOrdinaryError(Exception exception, int? expected)
    {
        var fault = InfrastructureFault.Of(exception);

        Assert.Equal(expected, fault?.StatusCode);
        Assert.Equal(expected == StatusCodes.Status503ServiceUnavailable, fault?.RetryAfterSeconds is not null);
    }
}
