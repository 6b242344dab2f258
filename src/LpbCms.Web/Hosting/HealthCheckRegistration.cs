using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LpbCms.Web.Hosting;

public static class HealthCheckRegistration
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddLpbHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SetupHealthCheck>("setup", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers (runs no checks). <c>/health/ready</c>: database reachable and setup done.</summary>
    public static IEndpointRouteBuilder MapLpbHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
