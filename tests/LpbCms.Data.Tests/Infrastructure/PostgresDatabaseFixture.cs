using LpbCms.Data.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database per call on the server named by LPBCMS_TEST_POSTGRES, dropped when
/// the fixture ends. Without that variable the tests skip, except under CI (CI=true) where a
/// missing server is a failure.
/// </summary>
public sealed class PostgresDatabaseFixture : IDatabaseFixture, IAsyncDisposable
{
    public const string VariableName = "LPBCMS_TEST_POSTGRES";

    private readonly List<(ServiceProvider Provider, string Database)> _created = [];

    public string ProviderName => "Postgres";

    private static string? ServerConnectionString => Environment.GetEnvironmentVariable(VariableName);

    public async Task<ServiceProvider> CreateServicesAsync(Action<IServiceCollection>? configure = null)
    {
        var server = ServerConnectionString;
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{VariableName} is not set, but CI requires the PostgreSQL storage suite to run.");
            }

            Assert.Skip($"PostgreSQL tests need {VariableName} (a connection string to a server where databases may be created).");
        }

        var database = "lpbtest_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        var folder = Path.Combine(Path.GetTempPath(), "lpbcms-tests", database);
        Directory.CreateDirectory(folder);
        var provider = await DatabaseServices.BuildAsync(s => s.AddLpbPostgresData(connectionString), s =>
        {
            s.AddSingleton(new TestDataFolder(folder));
            configure?.Invoke(s);
        });
        _created.Add((provider, database));
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (provider, _) in _created)
        {
            await provider.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (_created.Count == 0 || ServerConnectionString is not { } server)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        foreach (var (_, database) in _created)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
