using LpbTheme.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace LpbTheme.Endpoints;

/// <summary>
/// Serves the theme's assets at <c>/theme/{path}</c>. A request carrying the current version
/// (<c>?v=hash</c>) may be cached for a year (immutable); without it, briefly. ETag and 304 as usual.
/// </summary>
public static class ThemeAssetEndpoints
{
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string ShortCaching = "public, max-age=300";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(ThemeAssetCatalog.UrlPrefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve)
            .WithMetadata(ThemePageMetadata.Instance)
            .ExcludeFromDescription();

    private static IResult Serve(string? path, HttpContext context, ThemeAssetCatalog catalog)
    {
        if (catalog.Find(path) is not { } asset)
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{asset.Hash}\"");
        var response = context.Response;
        response.Headers.CacheControl = string.Equals(context.Request.Query["v"], asset.Hash, StringComparison.Ordinal) ? ImmutableCaching : ShortCaching;
        response.Headers.ETag = etag.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        if (ConditionalRequests.IsNotModified(context.Request, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
