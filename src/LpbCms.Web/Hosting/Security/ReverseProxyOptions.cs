namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// The reverse proxy in front of the site (configuration <c>LpbCms:ReverseProxy</c>). Off while no
/// proxy or network is listed: then <c>X-Forwarded-*</c> headers are ignored, so no client can
/// pretend another address or scheme. With one listed, the client address and scheme are taken
/// from the headers that proxy sets, and requests that reached the proxy over TLS get HSTS while
/// plain-HTTP ones are redirected to HTTPS (<see cref="RequireHttps"/>).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "LpbCms:ReverseProxy";

    /// <summary>Addresses of the proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are trusted (e.g. <c>10.0.0.5</c>).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (e.g. <c>10.0.0.0/24</c>).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Behind a configured proxy: HSTS on HTTPS responses and a redirect of HTTP requests to HTTPS.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>How long browsers keep to HTTPS after an HSTS header (at least a day).</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The public HTTPS port HTTP requests are redirected to.</summary>
    public int HttpsPort { get; set; } = 443;

    public bool IsEnabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
