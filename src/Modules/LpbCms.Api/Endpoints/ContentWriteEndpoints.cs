using System.Security.Claims;
using System.Text.Json;
using LpbCms.Api.Http;
using LpbCms.Api.Writing;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PostResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    LpbCms.Api.Http.JsonOk<LpbCms.Core.Contents.ContentItem>,
    LpbCms.Api.Http.BadRequestProblem,
    LpbCms.Api.Http.InvalidRequestProblem,
    LpbCms.Api.Http.ForbiddenProblem,
    LpbCms.Api.Http.ConflictProblem>;

namespace LpbCms.Api.Endpoints;

/// <summary>
/// Orchard's writes. <c>POST /api/content?draft=</c>: an id the site does not know creates a new
/// item (with a server id); a known id edits the draft-required version; the posted parts are
/// merged (arrays replaced), then the version is published or saved as a draft.
/// <c>DELETE /api/content/{id}</c> soft-deletes. Bearer tokens only (see the endpoint mapping).
/// A new item needs EditContent (PublishContent to publish); an existing one EditContent (or
/// EditOwnContent for its owner), PublishContent to publish; delete needs DeleteContent.
/// </summary>
public static class ContentWriteEndpoints
{
    private static readonly string[] PartMustBeObject = ["A part must be a JSON object."];

    public static async Task<PostResult> PostAsync(
        HttpContext httpContext,
        [FromServices] IContentManager contentManager,
        [FromServices] IContentDefinitionManager definitions,
        [FromServices] IContentAuthorizer authorizer,
        [FromServices] IOptions<ContentApiOptions> options,
        CancellationToken ct,
        [FromQuery] bool draft = false)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(contentManager);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(authorizer);
        var (posted, problem) = await ReadPostedAsync(httpContext.Request, options.Value.MaxRequestBodyBytes, ct);
        if (posted is null)
        {
            return problem!;
        }

        var user = httpContext.User;
        var (item, isNew, refused) = await ResolveTargetAsync(posted, user, contentManager, definitions, ct);
        if (item is null)
        {
            return refused!;
        }

        if (!await authorizer.AuthorizeAsync(user, ContentPermissions.EditContent, item, ct)
            || (!draft && !await authorizer.AuthorizeAsync(user, ContentPermissions.PublishContent, item, ct)))
        {
            return new ForbiddenProblem(draft ? "You may not edit this content item." : "You may not publish this content item.");
        }

        ContentMerge.Into(item, posted);
        try
        {
            await SaveAsync(contentManager, item, isNew, publish: !draft, ct);
        }
        catch (ContentValidationException ex)
        {
            var errors = ex.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return new InvalidRequestProblem("The content item is not valid", errors);
        }
        catch (ConcurrencyConflictException ex)
        {
            return new ConflictProblem(ex.Message);
        }

        httpContext.Response.Headers.CacheControl = "no-store";
        return new JsonOk<ContentItem>(item, ContentItemJson.Options);
    }

    public static async Task<Results<JsonOk<ContentItem>, NotFoundProblem, ForbiddenProblem>> DeleteAsync(
        string contentItemId,
        HttpContext httpContext,
        [FromServices] IContentManager contentManager,
        [FromServices] IContentAuthorizer authorizer,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(contentManager);
        ArgumentNullException.ThrowIfNull(authorizer);
        var item = ContentIds.IsPlausible(contentItemId) ? await contentManager.GetAsync(contentItemId, VersionScope.Latest, ct) : null;
        if (item is null)
        {
            return new NotFoundProblem("No content item has this id.");
        }

        if (!await authorizer.AuthorizeAsync(httpContext.User, ContentPermissions.DeleteContent, item, ct))
        {
            return new ForbiddenProblem("You may not delete this content item.");
        }

        await contentManager.RemoveAsync(contentItemId, ct);
        item.Latest = false;
        item.Published = false;
        httpContext.Response.Headers.CacheControl = "no-store";
        return new JsonOk<ContentItem>(item, ContentItemJson.Options);
    }

    /// <summary>The version to change: the item's draft-required version, or a new item when the id is unknown.</summary>
    private static async Task<(ContentItem? Item, bool IsNew, PostResult? Problem)> ResolveTargetAsync(
        ContentItem posted, ClaimsPrincipal user, IContentManager contentManager, IContentDefinitionManager definitions, CancellationToken ct)
    {
        var existing = ContentIds.IsPlausible(posted.ContentItemId) ? await contentManager.GetForEditAsync(posted.ContentItemId, ct) : null;
        if (existing is not null)
        {
            return string.IsNullOrEmpty(posted.ContentType) || string.Equals(posted.ContentType, existing.ContentType, StringComparison.Ordinal)
                ? (existing, false, null)
                : (null, false, TypeProblem("Content type mismatch", $"Item '{existing.ContentItemId}' is a {existing.ContentType}; its type cannot change."));
        }

        if (string.IsNullOrEmpty(posted.ContentType) || await definitions.GetTypeDefinitionAsync(posted.ContentType, ct) is null)
        {
            return (null, true, TypeProblem("Unknown content type", string.IsNullOrEmpty(posted.ContentType) ? "A new item needs a ContentType." : $"There is no content type '{posted.ContentType}'."));
        }

        var item = await contentManager.NewAsync(posted.ContentType, ct);
        item.Owner = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return (item, true, null);
    }

    private static InvalidRequestProblem TypeProblem(string title, string message) =>
        new(title, nameof(ContentItem.ContentType), message);

    private static async Task<(ContentItem? Posted, PostResult? Problem)> ReadPostedAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        var (body, title, error) = await JsonBodyReader.ReadObjectAsync(request, maxBytes, ct);
        if (body is null)
        {
            return (null, new BadRequestProblem(title!, error!));
        }

        ContentItem posted;
        try
        {
            posted = ContentItemJson.FromJsonObject(body);
        }
        catch (JsonException ex)
        {
            return (null, new BadRequestProblem("Invalid content item", ex.Message));
        }

        return ContentMerge.FindInvalidParts(posted) is { Count: > 0 } invalid
            ? (null, new InvalidRequestProblem("Invalid content item", invalid.ToDictionary(p => p, _ => PartMustBeObject, StringComparer.Ordinal)))
            : (posted, null);
    }

    private static Task SaveAsync(IContentManager contentManager, ContentItem item, bool isNew, bool publish, CancellationToken ct) =>
        (isNew, publish) switch
        {
            (true, _) => contentManager.CreateAsync(item, publish, ct),
            (false, true) => contentManager.PublishAsync(item, ct),
            (false, false) => contentManager.SaveDraftAsync(item, ct),
        };
}
