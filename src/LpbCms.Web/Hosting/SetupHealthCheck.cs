using LpbCms.Core.Setup;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LpbCms.Web.Hosting;

/// <summary>Ready only once first-run setup has completed.</summary>
public sealed class SetupHealthCheck(ISetupService setupService) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await setupService.IsSetUpAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The site is not set up yet.");
}
