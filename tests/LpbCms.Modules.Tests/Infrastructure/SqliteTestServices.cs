using LpbCms.Core;
using LpbCms.Core.Storage;
using LpbCms.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Infrastructure;

/// <summary>A fresh, migrated SQLite database in its own temporary folder, with the core and the given modules registered.</summary>
public sealed class SqliteTestServices : IAsyncDisposable
{
    private SqliteTestServices(string folder, ServiceProvider services)
    {
        Folder = folder;
        Services = services;
    }

    /// <summary>The test's own folder (database file, media, recipes).</summary>
    public string Folder { get; }

    public ServiceProvider Services { get; }

    public static async Task<SqliteTestServices> CreateAsync(Action<IServiceCollection, string> configure)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lpbcms-module-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "lpbcms.db") }.ToString();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLpbSqliteData(connectionString);
        services.AddLpbCore();
        // The contents module's part and field descriptors (route path, indexed properties), without its handlers.
        services.AddSingleton(LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard());
        configure(services, folder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        }

        return new SqliteTestServices(folder, provider);
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();

        // Pooled connections keep the database file open until cleared.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
