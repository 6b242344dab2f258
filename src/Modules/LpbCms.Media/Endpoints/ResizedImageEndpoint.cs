using System.Globalization;
using LpbCms.Core.Media;
using LpbCms.Media.Resizing;
using LpbCms.Media.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Media.Endpoints;

/// <summary>
/// Serves a resized variant of a media image (<c>/media/{path}?width=&amp;height=&amp;mode=&amp;format=</c>):
/// 400 for a size outside the configured set or an unknown mode or format, 404 for a missing file
/// or one that is not an image, otherwise the cached variant with its content type, a validator
/// and the media cache lifetime.
/// </summary>
public static class ResizedImageEndpoint
{
    public static async Task<IResult> ServeAsync(
        string normalizedPath,
        HttpContext httpContext,
        IMediaFileStore store,
        ResizedImageCache cache,
        MediaOptions options,
        ILogger logger,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        var request = ImageResizeRequest.Parse(httpContext.Request.Query, options.ResizeSizes, out var error);
        if (request is null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Unsupported image size or format");
        }

        if (!MediaFileTypes.IsImage(normalizedPath) || await store.GetFileInfoAsync(normalizedPath, ct) is not { } source)
        {
            return TypedResults.NotFound();
        }

        string file;
        try
        {
            file = await cache.GetOrCreateAsync(store, source, request, ct);
        }
        catch (InvalidImageException ex)
        {
            logger.LogWarning(ex, "Media image {Path} could not be resized.", normalizedPath);
            return TypedResults.Problem("The image cannot be resized.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var info = new FileInfo(file);
        var headers = httpContext.Response.Headers;
        headers.CacheControl = "public, max-age=" + ((long)options.CacheMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers.XContentTypeOptions = "nosniff";
        var tag = new EntityTagHeaderValue("\"" + Path.GetFileNameWithoutExtension(file) + "\"");
        return TypedResults.PhysicalFile(
            file,
            ResizedImageCache.ContentTypeOf(normalizedPath, request),
            lastModified: new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero),
            entityTag: tag,
            enableRangeProcessing: false);
    }
}
