using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbTheme.Endpoints;

/// <summary><c>If-None-Match</c> handling: weak comparison, as RFC 9110 requires for GET and HEAD.</summary>
public static class ConditionalRequests
{
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Count > 0
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
    }
}
