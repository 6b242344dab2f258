using Npgsql;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// The LPB site on a fresh PostgreSQL database (created here, dropped at the end) on the server
/// named by LPBCMS_TEST_POSTGRES; without that variable <see cref="Factory"/> is null and the tests skip.
/// </summary>
public sealed class PostgresSiteFixture : IAsyncLifetime
{
    public const string VariableName = "LPBCMS_TEST_POSTGRES";

    private readonly string _database = "lpbweb_" + Guid.NewGuid().ToString("N")[..16];

    public LpbCmsFactory? Factory { get; private set; }

    private static string? Server => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } server ? server : null;

    public async ValueTask InitializeAsync()
    {
        if (Server is not { } server)
        {
            return;
        }

        await ExecuteAsync(server, $"CREATE DATABASE \"{_database}\"");
        Factory = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Database:Provider"] = "Postgres",
            ["ConnectionStrings:LpbCms"] = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ToString(),
        });
        await Factory.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Factory is null || Server is not { } server)
        {
            return;
        }

        await Factory.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    public LpbCmsFactory RequireFactory()
    {
        if (Factory is null)
        {
            Assert.Skip($"PostgreSQL site tests need {VariableName} (a connection string to a server where databases may be created).");
        }

        return Factory;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
