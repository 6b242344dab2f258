using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// An endpoint's statement that its response shows published content only and nothing that
/// depends on the moment (no drafts, no errors), so it may be kept in the read cache until the
/// next published change. Responses without the mark are never stored.
/// </summary>
public static class PublishedOnlyResponse
{
    private static readonly object ItemKey = new();

    /// <summary>
    /// Marks a published-only response as storable and sets the cache headers of any read:
    /// <c>public</c> only for anonymous callers of published content, <c>private</c> otherwise,
    /// always <c>Vary: Authorization</c> and revalidation (a publish changes the answer at any time).
    /// </summary>
    public static void Apply(HttpContext httpContext, bool publishedOnly)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (publishedOnly)
        {
            httpContext.Items[ItemKey] = true;
        }

        var anonymous = httpContext.User.Identity?.IsAuthenticated != true && !httpContext.Request.Headers.ContainsKey(HeaderNames.Authorization);
        httpContext.Response.Headers.CacheControl = publishedOnly && anonymous ? "public, no-cache" : "private, no-cache";
        httpContext.Response.Headers.Vary = HeaderNames.Authorization;
    }

    public static bool IsMarked(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.ContainsKey(ItemKey);
    }
}
