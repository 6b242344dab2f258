using LpbCms.Data.PostgreSql;
using LpbCms.Data.Sqlite;

namespace LpbCms.Web.Hosting;

public static class DatabaseRegistration
{
    /// <summary>Registers the data layer of the configured provider (stores, unit of work, migrator, lock, Identity stores).</summary>
    public static IServiceCollection AddLpbDatabase(this IServiceCollection services, LpbCmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddLpbSqliteData(options.Database.ConnectionString),
            DatabaseProvider.Postgres => services.AddLpbPostgresData(options.Database.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Database.Provider}."),
        };
    }
}
