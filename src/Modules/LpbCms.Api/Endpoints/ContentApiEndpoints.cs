using LpbCms.Api.Http;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

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
        MapReads(group.MapGroup("").RequireApiPermission(ContentPermissions.ViewContent).CacheOutput(ApiReadCachePolicy.Name));
        MapWrites(group.MapGroup("").RequireAuthorization(ApiAuthenticationSchemes.BearerOnlyPolicy).RequireApiPermission(ApiPermissions.AccessContentApi));
        return group;
    }

    // The responses of each endpoint are declared by its handler's Results<...> return type and by
    // the group's permission (ApiPermissionConventions), not listed here.
    private static void MapReads(RouteGroupBuilder reads)
    {
        reads.MapGet("/", ContentReadEndpoints.ListAsync)
            .WithName("ListContentItems")
            .WithSummary("Lists content items with filters on columns and custom fields, ordering, paging and expansion.");

        reads.MapGet("/by-path/{**path}", ContentReadEndpoints.GetByPathAsync)
            .WithName("GetContentItemByPath")
            .WithSummary("Gets the content item whose AutoroutePart path is the given path.");

        reads.MapGet("/{contentItemId}", ContentReadEndpoints.GetByIdAsync)
            .WithName(GetContentItemRouteName)
            .WithSummary("Gets a content item (published unless status says otherwise) in Orchard's JSON.");
    }

    private static void MapWrites(RouteGroupBuilder writes)
    {
        writes.MapPost("/", ContentWriteEndpoints.PostAsync)
            .WithName("PostContentItem")
            .WithSummary("Creates or updates a content item (Orchard's upsert and merge), then publishes it or saves a draft.")

            // The body is read by hand (size limit, Orchard's JSON options), so its type is declared here.
            .Accepts<Core.Contents.ContentItem>("application/json");

        writes.MapDelete("/{contentItemId}", ContentWriteEndpoints.DeleteAsync)
            .WithName("DeleteContentItem")
            .WithSummary("Soft-deletes a content item (all versions lose Latest and Published).");
    }
}
