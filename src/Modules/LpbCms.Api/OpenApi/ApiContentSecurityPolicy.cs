using LpbCms.Web.Abstractions.Security;

namespace LpbCms.Api.OpenApi;

/// <summary>Content-Security-Policies of the API's paths.</summary>
public static class ApiContentSecurityPolicy
{
    /// <summary>API answers are data, never a document to render: nothing may load, nothing may frame them.</summary>
    public const string Json = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// The Scalar docs UI: its scripts come from this site, its inline start script carries the
    /// request's nonce; it styles its components at run time (inline style), shows data: images and
    /// calls the API it documents on this site only.
    /// </summary>
    public const string DocsUi =
        "default-src 'self'; script-src 'self' 'nonce-" + CspNonce.Placeholder + "'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
}
