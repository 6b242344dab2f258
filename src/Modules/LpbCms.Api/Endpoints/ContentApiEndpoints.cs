using LpbCms.Api.Http;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.Endpoints;

/// <summary>
/// The REST content API under <c>/api/content</c>. Reads need <c>ViewContent</c> (Anonymous holds
/// it by default) and accept a session or a bearer token; writes need a bearer token (cookies
/// never authorize them, so there is no CSRF) and <c>AccessContentApi</c>, then per-item checks.
/// Anonymous reads of published content are served from the output cache (<see cref="ApiReadCachePolicy"/>).
/// </summary>
public static class ContentApiEndpoints
{
    public const string RoutePrefix = "/api/content";

    public const string GetContentItemRouteName = "GetContentItem";

    public static RouteGroupBuilder MapContentApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(RoutePrefix).WithTags("Content");
        MapReads(group);
        MapWrites(group);
        endpoints.MapGet("/api/schema/{type}", SchemaEndpoints.GetAsync)
            .WithTags("Schema")
            .WithName("GetContentTypeSchema")
            .WithSummary("The JSON Schema of a content type's Orchard JSON, generated from its definition.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequirePermission(ContentPermissions.ViewContent);
        return group;
    }

    private static void MapReads(RouteGroupBuilder group)
    {
        group.MapGet("/", ContentReadEndpoints.ListAsync)
            .WithName("ListContentItems")
            .WithSummary("Lists content items with filters on columns and custom fields, ordering, paging and expansion.")
            .Produces<Querying.ContentListPage>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequirePermission(ContentPermissions.ViewContent)
            .CacheOutput(ApiReadCachePolicy.Name);

        group.MapGet("/by-path/{**path}", ContentReadEndpoints.GetByPathAsync)
            .WithName("GetContentItemByPath")
            .WithSummary("Gets the content item whose AutoroutePart path is the given path.")
            .Produces<Core.Contents.ContentItem>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequirePermission(ContentPermissions.ViewContent)
            .CacheOutput(ApiReadCachePolicy.Name);

        group.MapGet("/{contentItemId}", ContentReadEndpoints.GetByIdAsync)
            .WithName(GetContentItemRouteName)
            .WithSummary("Gets a content item (published unless status says otherwise) in Orchard's JSON.")
            .Produces<Core.Contents.ContentItem>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequirePermission(ContentPermissions.ViewContent)
            .CacheOutput(ApiReadCachePolicy.Name);
    }

    private static void MapWrites(RouteGroupBuilder group)
    {
        group.MapPost("/", ContentWriteEndpoints.PostAsync)
            .WithName("PostContentItem")
            .WithSummary("Creates or updates a content item (Orchard's upsert and merge), then publishes it or saves a draft.")
            .Accepts<Core.Contents.ContentItem>("application/json")
            .Produces<Core.Contents.ContentItem>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiAuthenticationSchemes.BearerOnlyPolicy)
            .RequirePermission(ApiPermissions.AccessContentApi);

        group.MapDelete("/{contentItemId}", ContentWriteEndpoints.DeleteAsync)
            .WithName("DeleteContentItem")
            .WithSummary("Soft-deletes a content item (all versions lose Latest and Published).")
            .Produces<Core.Contents.ContentItem>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiAuthenticationSchemes.BearerOnlyPolicy)
            .RequirePermission(ApiPermissions.AccessContentApi);
    }
}
