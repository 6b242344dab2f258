using LpbCms.Admin.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Admin.Endpoints;

/// <summary>Serves <c>/admin/assets/{path}</c> from <see cref="AdminAssetCatalog"/>; public (the login page needs them), immutable per hash.</summary>
public static class AdminAssetEndpoints
{
    public static IEndpointConventionBuilder MapAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(AdminAssetCatalogPaths.Prefix + "/{**path}", (string? path, AdminAssetCatalog catalog, HttpContext context) =>
        {
            if (catalog.Find(path) is not { } asset)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous();
    }
}
