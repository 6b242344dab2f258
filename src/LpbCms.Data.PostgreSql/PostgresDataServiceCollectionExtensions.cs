using LpbCms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpbCms.Data.PostgreSql;

public static class PostgresDataServiceCollectionExtensions
{
    /// <summary>Stores everything in the PostgreSQL database named by <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddLpbPostgresData(this IServiceCollection services, string connectionString)
    {
        // The options hold only the connection string: built once, not for every request scope.
        services.AddDbContext<PostgresLpbDbContext>(o => o.UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        services.AddLpbDataServices<PostgresLpbDbContext>();
        services.AddScoped<IDatabaseMigrator>(sp => new PostgresDatabaseMigrator(
            sp.GetRequiredService<PostgresLpbDbContext>(),
            connectionString,
            sp.GetRequiredService<ILogger<PostgresDatabaseMigrator>>()));
        services.AddSingleton<IAppLock>(new PostgresAdvisoryLock(connectionString));
        return services;
    }
}
