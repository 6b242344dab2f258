using LpbCms.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>A fresh SQLite file per call, in a temporary folder removed when the fixture ends.</summary>
public sealed class SqliteDatabaseFixture : IDatabaseFixture, IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lpbcms-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _providers = [];

    public string ProviderName => "Sqlite";

    public async Task<ServiceProvider> CreateServicesAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "lpbcms.db") }.ToString();
        var provider = await DatabaseServices.BuildAsync(s => s.AddLpbSqliteData(connectionString), s =>
        {
            s.AddSingleton(new TestDataFolder(folder));
            configure?.Invoke(s);
        });
        _providers.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        // Pooled connections keep the files open until cleared.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
