using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.RateLimiting;

/// <summary>
/// Fixed-window limits per client address on anonymous API calls. Callers with a session or token
/// are not limited here, and neither is the token endpoint: OpenIddict answers it during
/// authentication, before this limiter runs, so the host limits it (LpbCms:SignInLimits). Rejections
/// are 429 ProblemDetails with Retry-After.
/// </summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddLpbApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(title: "Too many requests", detail: "Try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests)
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, ApiRateLimitOptions options)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.User.Identity?.IsAuthenticated != true
            && options.AnonymousPermitsPerMinute > 0)
        {
            return Window("anonymous:" + address, options.AnonymousPermitsPerMinute);
        }

        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
