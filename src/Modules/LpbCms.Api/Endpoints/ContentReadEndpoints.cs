using System.ComponentModel;
using LpbCms.Api.Http;
using LpbCms.Api.Querying;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ItemResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    LpbCms.Api.Http.CachedJson<LpbCms.Core.Contents.ContentItem>,
    LpbCms.Api.Http.BadRequestProblem,
    LpbCms.Api.Http.InvalidRequestProblem,
    LpbCms.Api.Http.AccessRefusedProblem,
    LpbCms.Api.Http.NotFoundProblem>;

namespace LpbCms.Api.Endpoints;

/// <summary>Reads: one item by id or by path, and lists with filters, ordering, paging and expansion.</summary>
public static class ContentReadEndpoints
{
    public static async Task<ItemResult> GetByIdAsync(
        string contentItemId,
        HttpContext httpContext,
        [FromServices] IContentStore store,
        [FromServices] DraftAccess drafts,
        [FromServices] ContentExpander expander,
        [FromServices] IOptions<ContentApiOptions> options,
        CancellationToken ct,
        [FromQuery] string? status = null,
        [FromQuery, Description(ExpandPath.Description)] string? expand = null)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(store);
        if (!ContentIds.IsPlausible(contentItemId))
        {
            return new NotFoundProblem("No content item has this id.");
        }

        return await ReadOneAsync(httpContext, status, expand, scope => store.GetAsync(contentItemId, scope, ct), drafts, expander, options.Value, ct);
    }

    public static async Task<ItemResult> GetByPathAsync(
        string? path,
        HttpContext httpContext,
        [FromServices] IContentStore store,
        [FromServices] DraftAccess drafts,
        [FromServices] ContentExpander expander,
        [FromServices] IOptions<ContentApiOptions> options,
        CancellationToken ct,
        [FromQuery] string? status = null,
        [FromQuery, Description(ExpandPath.Description)] string? expand = null)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(store);
        var normalized = (path ?? "").Trim('/');
        if (normalized.Length > 1024)
        {
            return new BadRequestProblem("Path too long", "A path is at most 1024 characters.");
        }

        return await ReadOneAsync(
            httpContext,
            status,
            expand,
            async scope => (await store.QueryAsync(new ContentQuery { Scope = scope, Path = normalized, Take = 1 }, ct)).Items is [var found, ..] ? found : null,
            drafts,
            expander,
            options.Value,
            ct);
    }

    public static async Task<Results<CachedJson<ContentListPage>, InvalidRequestProblem, AccessRefusedProblem>> ListAsync(
        HttpContext httpContext,
        [FromServices] ListRequestParser parser,
        [FromServices] IContentStore store,
        [FromServices] DraftAccess drafts,
        [FromServices] ContentExpander expander,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(expander);
        var (request, errors) = await parser.ParseAsync(httpContext.Request.Query, ct);
        if (request is null)
        {
            return new InvalidRequestProblem("Invalid list request", errors);
        }

        var query = request.Query;
        if (await drafts.CheckAsync(httpContext, query.Scope, item: null, ct) is { } refused)
        {
            return refused;
        }

        var result = await store.QueryAsync(query, ct);
        if (await TryExpandAsync(expander, result.Items, request.Expand, query.Scope, ct) is { } tooMany)
        {
            return tooMany;
        }

        var page = new ContentListPage(result.Items, result.TotalCount, query.Skip, query.Take, LinksFor(httpContext.Request, query, result.TotalCount));
        return CachedJsonResponse.Create(httpContext, page, ContentItemJson.Options, query.Scope == VersionScope.Published);
    }

    private static async Task<ItemResult> ReadOneAsync(
        HttpContext httpContext,
        string? status,
        string? expand,
        Func<VersionScope, Task<ContentItem?>> load,
        DraftAccess drafts,
        ContentExpander expander,
        ContentApiOptions options,
        CancellationToken ct)
    {
        if (!ReadStatus.TryParse(status, out var scope))
        {
            return new InvalidRequestProblem("Invalid request", ReadStatus.ParameterName, "Use published, draft or latest.");
        }

        var paths = ExpandPath.TryParseList(expand, options.MaxExpandDepth, out var expandError);
        if (paths is null)
        {
            return new InvalidRequestProblem("Invalid request", ExpandPath.ParameterName, expandError!);
        }

        // Refuse anonymous draft reads before touching the database, so nothing about drafts leaks.
        if (scope != VersionScope.Published && httpContext.User.Identity?.IsAuthenticated != true)
        {
            return (await drafts.CheckAsync(httpContext, scope, item: null, ct))!;
        }

        var item = await load(scope);
        if (item is null)
        {
            return new NotFoundProblem(scope == VersionScope.Published ? "No published content item matches." : "No content item version matches.");
        }

        if (await drafts.CheckAsync(httpContext, scope, item, ct) is { } refused)
        {
            return refused;
        }

        if (await TryExpandAsync(expander, [item], paths, scope, ct) is { } tooMany)
        {
            return tooMany;
        }

        return CachedJsonResponse.Create(httpContext, item, ContentItemJson.Options, scope == VersionScope.Published);
    }

    /// <summary>Expands the items; null when done, a 400 when the expansion would embed too many items.</summary>
    private static async Task<InvalidRequestProblem?> TryExpandAsync(ContentExpander expander, IReadOnlyList<ContentItem> items, IReadOnlyList<ExpandPath> paths, VersionScope scope, CancellationToken ct)
    {
        try
        {
            await expander.ExpandAsync(items, paths, scope, ct);
            return null;
        }
        catch (ExpandLimitException e)
        {
            return new InvalidRequestProblem("Invalid request", ExpandPath.ParameterName, e.Message);
        }
    }

    private static ContentListLinks LinksFor(HttpRequest request, ContentQuery query, int total)
    {
        string Link(int skip)
        {
            var parameters = QueryHelpers.ParseQuery(request.QueryString.Value);
            parameters["skip"] = skip.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters["first"] = query.Take.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var builder = new QueryBuilder(parameters.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
            return request.PathBase + request.Path + builder.ToQueryString();
        }

        var next = query.Skip + query.Take < total ? Link(query.Skip + query.Take) : null;
        var prev = query.Skip > 0 ? Link(Math.Max(0, query.Skip - query.Take)) : null;
        return new ContentListLinks(Link(query.Skip), next, prev);
    }
}
