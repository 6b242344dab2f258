using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Admin.Security;

/// <summary>
/// Headers for every admin response on top of the host's (Content-Security-Policy, nosniff,
/// Permissions-Policy): no framing for browsers without CSP, a referrer that never leaves the site
/// (admin URLs hold item ids), and no caching of pages that show drafts and user data.
/// </summary>
public static class AdminSecurityHeaders
{
    public static IApplicationBuilder UseAdminSecurityHeaders(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(AdminPaths.Root, StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "same-origin";
                    if (!context.Request.Path.StartsWithSegments(AdminAssetCatalogPaths.Prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        headers.CacheControl = "no-store";
                    }

                    return Task.CompletedTask;
                });
                await next(context);
            }));
}
