using LpbCms.Web.Abstractions.Security;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// Sets the security headers on every response, error pages and refusals included (the headers
/// are written when the response starts, whichever later step produced it): the area's
/// Content-Security-Policy (the longest registered path prefix, else the public policy) with the
/// request's nonce filled in, and the same referrer, permissions and sniffing rules everywhere. A
/// header a later step set itself (the admin's stricter Referrer-Policy) is kept.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeaderOptions> options)
{
    /// <summary>No page of this site needs these browser features; denying them limits what injected content could do.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private readonly AreaContentSecurityPolicy[] _areas = [.. options.Value.Areas.OrderByDescending(a => a.PathPrefix.Value?.Length ?? 0)];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = PolicyFor(context.Request.Path);
            headers.ContentSecurityPolicy = policy.Contains(CspNonce.Placeholder, StringComparison.Ordinal)
                ? policy.Replace(CspNonce.Placeholder, context.GetCspNonce(), StringComparison.Ordinal)
                : policy;
            headers.XContentTypeOptions = "nosniff";
            headers.TryAdd("Referrer-Policy", ReferrerPolicy);
            headers.TryAdd("Permissions-Policy", PermissionsPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private string PolicyFor(PathString path) =>
        _areas.FirstOrDefault(a => path.StartsWithSegments(a.PathPrefix, StringComparison.OrdinalIgnoreCase))?.Policy
        ?? SecurityHeaderOptions.PublicPolicy;
}
