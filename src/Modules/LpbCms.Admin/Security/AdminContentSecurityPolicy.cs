using LpbCms.Web.Abstractions.Security;

namespace LpbCms.Admin.Security;

/// <summary>
/// The admin's Content-Security-Policy. Its scripts are files (admin.js, media-picker.js, Trix),
/// so no inline script runs; the one inline style element Trix inserts carries the request's nonce
/// (see the layout's <c>trix-csp-nonce</c>); Trix's toolbar icons are <c>data:</c> SVG images.
/// </summary>
public static class AdminContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-" + CspNonce.Placeholder + "'; img-src 'self' data:; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
}
