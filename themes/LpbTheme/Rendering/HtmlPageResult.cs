using System.Security.Cryptography;
using System.Text;
using LpbTheme.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbTheme.Rendering;

/// <summary>
/// Writes a rendered page (HTML, RSS, XML, text) with a weak ETag over its bytes, answering a matching
/// <c>If-None-Match</c> with 304. Browsers revalidate every time (<c>no-cache</c>), so a published change
/// is seen at once; the server answers from its output cache.
/// </summary>
public sealed class HtmlPageResult(string body, string contentType, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public string Body => body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = Encoding.UTF8.GetBytes(body);
        var response = httpContext.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (statusCode == StatusCodes.Status200OK)
        {
            // Weak: the same page may be sent compressed or not.
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..24]}\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            if (ConditionalRequests.IsNotModified(httpContext.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
