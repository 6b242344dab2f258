using LpbCms.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpbCms.Web.Hosting;

/// <summary>Ready only when the database answers.</summary>
public sealed class DatabaseHealthCheck(IDatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await migrator.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
