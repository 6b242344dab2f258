namespace LpbCms.Web.Abstractions;

/// <summary>
/// Authentication scheme names modules may restrict endpoints to without referencing the users
/// module (which registers them).
/// </summary>
public static class ApiAuthenticationSchemes
{
    /// <summary>Bearer access tokens issued by <c>/connect/token</c> and validated locally (OpenIddict's validation scheme).</summary>
    public const string Bearer = "OpenIddict.Validation.AspNetCore";

    /// <summary>Where API clients get tokens (OAuth2 client credentials), for the API contract.</summary>
    public const string TokenEndpointPath = "/connect/token";

    /// <summary>Authorization policy: authenticated through <see cref="Bearer"/> only, so a cookie never authorizes (no CSRF on writes).</summary>
    public const string BearerOnlyPolicy = "LpbCms:BearerOnly";
}
