using System.Security.Claims;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Authorization;

/// <summary>
/// Resource-based content checks on top of the caller's granted permissions (scoped, shares the
/// per-request cache); the user manager is created only for an owner check.
/// </summary>
public sealed class ContentAuthorizer(UserPermissionResolver resolver, Lazy<UserManager<LpbUser>> userManager) : IContentAuthorizer
{
    public async Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, ContentItem? item = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permission);
        var granted = await resolver.GetGrantedAsync(user, ct);
        if (granted.Grants(permission))
        {
            return true;
        }

        if (item?.Owner is not { Length: > 0 } owner || ContentPermissions.OwnVariantOf(permission) is not { } own)
        {
            return false;
        }

        // An API client owns what it created: its client id is recorded as the owner (see HttpContextContentUserAccessor).
        var userId = ApiClientPrincipal.TryGetClientId(user, out var clientId) ? clientId
            : user.Identity?.IsAuthenticated == true ? userManager.Value.GetUserId(user) : null;
        return string.Equals(userId, owner, StringComparison.Ordinal) && granted.Grants(own);
    }
}
