using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// Forwarded headers, HSTS and HTTPS redirection from <see cref="ReverseProxyOptions"/>: all off
/// unless a proxy is configured. A proxy address or network that does not parse stops start-up.
/// </summary>
public static class ReverseProxyRegistration
{
    public static IServiceCollection AddLpbReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReverseProxyOptions>()
            .Bind(configuration.GetSection(ReverseProxyOptions.SectionName))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "LpbCms:ReverseProxy:KnownProxies holds an entry that is not an IP address.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "LpbCms:ReverseProxy:KnownNetworks holds an entry that is not a network in CIDR notation (e.g. 10.0.0.0/24).")
            .Validate(o => o.HstsMaxAge >= TimeSpan.FromDays(1), "LpbCms:ReverseProxy:HstsMaxAge must be at least one day.")
            .Validate(o => o.HttpsPort is > 0 and <= 65535, "LpbCms:ReverseProxy:HttpsPort must be a port number.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<ReverseProxyOptions>>((hsts, proxy) => hsts.MaxAge = proxy.Value.HstsMaxAge);
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<ReverseProxyOptions>>((https, proxy) => https.HttpsPort = proxy.Value.HttpsPort);
        return services;
    }

    /// <summary>First in the pipeline, so every later step (limits, logs, links) sees the client's address and scheme.</summary>
    public static WebApplication UseLpbReverseProxy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var proxy = app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value;
        if (!proxy.IsEnabled)
        {
            return app;
        }

        app.UseForwardedHeaders();
        if (proxy.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
