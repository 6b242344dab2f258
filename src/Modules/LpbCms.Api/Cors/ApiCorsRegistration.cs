using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.Cors;

/// <summary>The API's CORS policy from configuration, applied to <c>/api</c> and <c>/connect</c> before anything else (so preflights are answered before authentication).</summary>
public static class ApiCorsRegistration
{
    public static IServiceCollection AddLpbApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiCorsOptions.SectionName).Get<ApiCorsOptions>() ?? new ApiCorsOptions();
        var origins = options.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        var anyOrigin = origins.Contains("*", StringComparer.Ordinal);
        if (anyOrigin && options.AllowCredentials)
        {
            throw new InvalidOperationException($"{ApiCorsOptions.SectionName}: any origin ('*') cannot be combined with AllowCredentials.");
        }

        services.AddCors(cors => cors.AddPolicy(ApiCorsOptions.PolicyName, policy =>
        {
            _ = anyOrigin ? policy.AllowAnyOrigin() : policy.WithOrigins(origins);
            policy.AllowAnyHeader()
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Delete, HttpMethods.Options)
                .WithExposedHeaders("ETag")
                .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
            if (options.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        }));
        services.AddTransient<IStartupFilter, ApiCorsStartupFilter>();
        return services;
    }

    private sealed class ApiCorsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase),
                branch => branch.UseCors(ApiCorsOptions.PolicyName));
            next(app);
        };
    }
}
