using System.Security.Claims;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;

namespace LpbCms.Admin.Services;

/// <summary>Works out <see cref="ContentRowActions"/> for an item with the own-item rules of <see cref="IContentAuthorizer"/>.</summary>
public sealed class ContentActionAuthorizer(IContentAuthorizer authorizer)
{
    public async Task<ContentRowActions> GetActionsAsync(ClaimsPrincipal user, ContentItem item, CancellationToken ct = default) => new(
        Edit: await authorizer.AuthorizeAsync(user, ContentPermissions.EditContent, item, ct),
        Publish: await authorizer.AuthorizeAsync(user, ContentPermissions.PublishContent, item, ct),
        Delete: await authorizer.AuthorizeAsync(user, ContentPermissions.DeleteContent, item, ct),
        Copy: await authorizer.AuthorizeAsync(user, ContentPermissions.CloneContent, item, ct),
        Preview: await authorizer.AuthorizeAsync(user, ContentPermissions.PreviewContent, item, ct)
            || await authorizer.AuthorizeAsync(user, ContentPermissions.EditContent, item, ct));

    public Task<bool> CanAsync(ClaimsPrincipal user, Permission permission, ContentItem? item, CancellationToken ct = default) =>
        authorizer.AuthorizeAsync(user, permission, item, ct);
}
