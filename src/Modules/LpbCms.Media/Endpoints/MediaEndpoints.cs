using System.Globalization;
using LpbCms.Media.Resizing;
using LpbCms.Media.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Media.Endpoints;

/// <summary>
/// Serves media files at <c>/media/{**path}</c>: public, cacheable, with ETag and Last-Modified
/// (conditional requests answer 304) and byte ranges. Only known file types are served, never a
/// folder listing, and paths that could leave the media root are 404.
/// </summary>
public static class MediaEndpoints
{
    public const string RoutePrefix = "/media";

    public const string GetMediaFileRouteName = "GetMediaFile";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointConventionBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(RoutePrefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .WithName(GetMediaFileRouteName)

            // ServeAsync returns IResult (file, resized variant or refusal); this keeps the
            // published API description what GetMediaFileAsync's typed results declared.
            .Produces(StatusCodes.Status404NotFound)
            .AllowAnonymous();
    }

    /// <summary>The file itself, or a resized variant when the query asks for one (see <see cref="ResizedImageEndpoint"/>).</summary>
    public static async Task<IResult> ServeAsync(
        string? path,
        HttpContext httpContext,
        [FromServices] IMediaFileStore store,
        [FromServices] IOptions<MediaOptions> options,
        [FromServices] ResizedImageCache cache,
        [FromServices] ILoggerFactory loggers,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        if (!ImageResizeRequest.IsRequested(httpContext.Request.Query))
        {
            return await GetMediaFileAsync(path, httpContext, store, options, ct);
        }

        if (!MediaPath.TryNormalize(path, out var normalized, out _))
        {
            return TypedResults.NotFound();
        }

        return await ResizedImageEndpoint.ServeAsync(normalized, httpContext, store, cache, options.Value, loggers.CreateLogger(typeof(ResizedImageEndpoint)), ct);
    }

    public static async Task<Results<FileStreamHttpResult, NotFound>> GetMediaFileAsync(
        string? path, HttpContext httpContext, [FromServices] IMediaFileStore store, [FromServices] IOptions<MediaOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (!MediaPath.TryNormalize(path, out var normalized, out _) || !ContentTypes.TryGetContentType(normalized, out var contentType))
        {
            return TypedResults.NotFound();
        }

        var info = await store.GetFileInfoAsync(normalized, ct);
        if (info is null)
        {
            return TypedResults.NotFound();
        }

        Stream stream;
        try
        {
            stream = await store.OpenReadAsync(normalized, ct);
        }
        catch (FileNotFoundException)
        {
            // Deleted between the two calls.
            return TypedResults.NotFound();
        }

        var headers = httpContext.Response.Headers;
        headers.CacheControl = "public, max-age=" + ((long)options.Value.CacheMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers.XContentTypeOptions = "nosniff";

        // Media can hold SVG or HTML uploads; sandboxing keeps their scripts from running on our origin.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
        return TypedResults.Stream(stream, contentType, lastModified: info.LastModifiedUtc, entityTag: ETagFor(info), enableRangeProcessing: true);
    }

    private static EntityTagHeaderValue ETagFor(MediaFileInfo info) =>
        new($"\"{info.LastModifiedUtc.UtcTicks.ToString("x", CultureInfo.InvariantCulture)}-{info.Length.ToString("x", CultureInfo.InvariantCulture)}\"");
}
