using LpbCms.Api.Http;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Api.Querying;

/// <summary>
/// Who may read unpublished versions: callers granted <c>PreviewContent</c>, or <c>EditContent</c>
/// for the item (which an owner holding <c>EditOwnContent</c> has for their own items). Anonymous
/// callers only ever see published content.
/// </summary>
public sealed class DraftAccess(IContentAuthorizer authorizer)
{
    /// <summary>Null when the caller may read <paramref name="scope"/> (for <paramref name="item"/>, or in general); otherwise the 401/403 answer.</summary>
    public async Task<AccessRefusedProblem?> CheckAsync(HttpContext httpContext, VersionScope scope, ContentItem? item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (scope == VersionScope.Published)
        {
            return null;
        }

        var user = httpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return AccessRefusedProblem.Unauthorized(httpContext, "Drafts are only shown to callers with a token (or session) permitted to preview content.");
        }

        if (await authorizer.AuthorizeAsync(user, ContentPermissions.PreviewContent, item, ct)
            || (item is not null && await authorizer.AuthorizeAsync(user, ContentPermissions.EditContent, item, ct)))
        {
            return null;
        }

        return AccessRefusedProblem.Forbidden("You are not permitted to preview unpublished content.");
    }
}
