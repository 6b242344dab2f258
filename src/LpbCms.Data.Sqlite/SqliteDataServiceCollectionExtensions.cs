using LpbCms.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Sqlite;

public static class SqliteDataServiceCollectionExtensions
{
    /// <summary>Stores everything in the SQLite file named by <paramref name="connectionString"/> (WAL mode).</summary>
    public static IServiceCollection AddLpbSqliteData(this IServiceCollection services, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            // Wait for a lock held by another connection instead of failing at once.
            DefaultTimeout = 30,
            Pooling = true,
        };
        var normalized = builder.ToString();
        // The options hold only the connection string: built once, not for every request scope.
        services.AddDbContext<SqliteLpbDbContext>(o => o.UseSqlite(normalized), optionsLifetime: ServiceLifetime.Singleton);
        services.AddLpbDataServices<SqliteLpbDbContext>();
        services.AddScoped<IDatabaseMigrator>(sp => new SqliteDatabaseMigrator(
            sp.GetRequiredService<SqliteLpbDbContext>(),
            normalized,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteDatabaseMigrator>>()));
        services.AddSingleton<IAppLock>(new FileAppLock(SqliteDatabaseMigrator.FolderOf(normalized)));
        return services;
    }
}
