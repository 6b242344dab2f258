using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// Read responses: a strong ETag over the body, 304 for a matching If-None-Match, and cache
/// headers that keep one caller's answer from another: <c>public</c> only for anonymous reads of
/// published content, <c>private</c> otherwise, always <c>Vary: Authorization</c>. Every response
/// must be revalidated (<c>no-cache</c>), since a publish changes it at any time.
/// </summary>
public static class CachedJsonResponse
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static IResult Create<T>(HttpContext httpContext, T body, JsonSerializerOptions options, bool sharedCacheable)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, options);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16))}\"");
        var headers = httpContext.Response.Headers;
        headers.ETag = etag.ToString();
        headers.CacheControl = sharedCacheable ? "public, no-cache" : "private, no-cache";
        headers.Vary = HeaderNames.Authorization;
        return IsNotModified(httpContext.Request, etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(bytes, JsonContentType);
    }

    /// <summary>Only anonymous callers reading published content may be served from a shared cache.</summary>
    public static bool IsSharedCacheable(HttpContext httpContext, bool publishedOnly)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return publishedOnly && httpContext.User.Identity?.IsAuthenticated != true && !httpContext.Request.Headers.ContainsKey(HeaderNames.Authorization);
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
}
