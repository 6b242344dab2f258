using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// Read responses: a strong ETag over the body, 304 for a matching If-None-Match, and the cache
/// headers and read-cache mark of <see cref="PublishedOnlyResponse"/>.
/// </summary>
public static class CachedJsonResponse
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static CachedJson<T> Create<T>(HttpContext httpContext, T body, JsonSerializerOptions options, bool publishedOnly)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, options);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16))}\"");
        httpContext.Response.Headers.ETag = etag.ToString();
        PublishedOnlyResponse.Apply(httpContext, publishedOnly);
        return IsNotModified(httpContext.Request, etag)
            ? new CachedJson<T>(Results.StatusCode(StatusCodes.Status304NotModified), StatusCodes.Status304NotModified)
            : new CachedJson<T>(Results.Bytes(bytes, JsonContentType), StatusCodes.Status200OK);
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
}
