using System.Security.Cryptography;
using System.Text;
using LpbCms.Core.Storage;
using Npgsql;

namespace LpbCms.Data.PostgreSql;

/// <summary>
/// A cross-process lock as a PostgreSQL session advisory lock, held on its own connection until
/// disposed; every node using the database sees it, and the server frees it if the node dies.
/// </summary>
public sealed class PostgresAdvisoryLock(string connectionString) : IAppLock
{
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct = default)
    {
        var key = KeyOf(name);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var deadline = DateTime.UtcNow + timeout;
        try
        {
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
                {
                    command.Parameters.AddWithValue("key", key);
                    if (await command.ExecuteScalarAsync(ct) is true)
                    {
                        return new Releaser(connection, key);
                    }
                }

                if (DateTime.UtcNow >= deadline)
                {
                    throw new TimeoutException($"The lock '{name}' is held by another process.");
                }

                await Task.Delay(100, ct);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("lpbcms:" + name)), 0);

    private sealed class Releaser(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
