using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Endpoints;

/// <summary>
/// Orchard's content API. <c>GET /api/content/{contentItemId}</c> returns the published version
/// in Orchard's JSON shape; callers need <c>ViewContent</c> (which Anonymous holds by default), as
/// Orchard's GetEndpoint requires. Responses carry an ETag; a matching If-None-Match gets 304.
/// </summary>
public static class ContentApiEndpoints
{
    public const string RoutePrefix = "/api/content";

    public const string GetContentItemRouteName = "GetContentItem";

    /// <summary>Longest id accepted; longer ones cannot be stored ids and are answered 404 without a query.</summary>
    public const int MaxContentItemIdLength = 64;

    public static RouteGroupBuilder MapContentApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(RoutePrefix).WithTags("Content");
        group.MapGet("/{contentItemId}", GetContentItemAsync)
            .WithName(GetContentItemRouteName)
            .RequirePermission(ContentPermissions.ViewContent);
        return group;
    }

    public static async Task<Results<JsonHttpResult<ContentItem>, StatusCodeHttpResult, ProblemHttpResult>> GetContentItemAsync(
        string contentItemId, HttpContext httpContext, [FromServices] IContentManager contentManager, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(contentManager);
        var item = IsPlausibleId(contentItemId)
            ? await contentManager.GetAsync(contentItemId, VersionScope.Published, ct)
            : null;
        if (item is null)
        {
            return TypedResults.Problem(
                title: "Content item not found",
                detail: "No published content item has this id.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var etag = ETagFor(item);
        var headers = httpContext.Response.Headers;
        headers.ETag = etag.ToString();

        // Published content changes on publish; clients and proxies may keep it but must revalidate.
        headers.CacheControl = "no-cache";
        if (IsNotModified(httpContext.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Json(item, ContentItemJson.Options);
    }

    /// <summary>
    /// Our ids are 26 base32 characters, but Orchard recipes may bring other ids, so any short id of
    /// letters, digits, '-' and '_' is looked up; anything else cannot exist.
    /// </summary>
    private static bool IsPlausibleId(string? id) =>
        id is { Length: > 0 and <= MaxContentItemIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static EntityTagHeaderValue ETagFor(ContentItem item)
    {
        // The stored row's identity and concurrency stamp change whenever the served JSON can.
        var source = string.Create(CultureInfo.InvariantCulture, $"{item.ContentItemVersionId}|{item.Revision}|{item.ModifiedUtc?.Ticks}|{item.PublishedUtc?.Ticks}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"");
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
    }
}
