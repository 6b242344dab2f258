namespace LpbCms.Web.Abstractions.Security;

/// <summary>The Content-Security-Policy per area, as the modules registered them; the host adds the rest of the security headers.</summary>
public sealed class SecurityHeaderOptions
{
    /// <summary>
    /// Public pages: everything from this site only, no inline script or style, no plug-ins, no
    /// framing, forms posting only here. The theme loads its stylesheet, icon and images from this
    /// site (content images live under /media), so nothing else is needed.
    /// </summary>
    public const string PublicPolicy =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public IList<AreaContentSecurityPolicy> Areas { get; } = [];
}
