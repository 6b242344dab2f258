using LpbCms.Web.Abstractions.Security;

namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// The host's side of the security headers and sign-in limits that modules declare through
/// <see cref="ModuleSecurityRegistration"/>, plus what belongs to the server as a whole: no
/// <c>Server</c> header and the reverse proxy settings.
/// </summary>
public static class SecurityRegistration
{
    public static WebApplicationBuilder AddLpbSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The server's name and version only help an attacker pick exploits.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddLpbReverseProxy(builder.Configuration);
        builder.Services.AddOptions<SecurityHeaderOptions>();
        builder.Services.AddOptions<SignInEndpoints>();
        builder.Services.AddOptions<SignInThrottleOptions>()
            .Bind(builder.Configuration.GetSection(SignInThrottleOptions.SectionName))
            .Validate(o => o.PermitsPerAddress >= 0 && o.PermitsPerName >= 0, "LpbCms:SignInLimits permits cannot be negative (0 switches a limit off).")
            .Validate(o => o.Window >= TimeSpan.FromSeconds(1) && o.Window <= TimeSpan.FromDays(1), "LpbCms:SignInLimits:Window must be between 1 second and 1 day.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SignInRateLimiter>();
        return builder;
    }

    /// <summary>Before error handling, so error pages carry the headers too.</summary>
    public static WebApplication UseLpbSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }

    /// <summary>Must run before authentication: see <see cref="SignInThrottleMiddleware"/>.</summary>
    public static WebApplication UseLpbSignInThrottle(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SignInThrottleMiddleware>();
        return app;
    }
}
