using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Abstractions.Security;

/// <summary>How a module declares the headers and sign-in limits of its own paths; the host enforces them.</summary>
public static class ModuleSecurityRegistration
{
    /// <summary>Responses under <paramref name="pathPrefix"/> carry <paramref name="policy"/> instead of the public one.</summary>
    public static IServiceCollection AddContentSecurityPolicy(this IServiceCollection services, PathString pathPrefix, string policy) =>
        services.Configure<SecurityHeaderOptions>(options => options.Areas.Add(new AreaContentSecurityPolicy(pathPrefix, policy)));

    /// <summary>POSTs to <paramref name="endpoint"/>'s path are limited per client address and per name before authentication runs.</summary>
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, SignInEndpoint endpoint) =>
        services.Configure<SignInEndpoints>(endpoints => endpoints.All.Add(endpoint));
}
