using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace LpbCms.Users.Authorization;

/// <summary>Evaluates <see cref="PermissionRequirement"/>s against the caller's roles (scoped, so lookups are shared per request).</summary>
public sealed class PermissionAuthorizationHandler(UserPermissionResolver resolver) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var granted = await resolver.GetGrantedAsync(context.User);
        if (granted.Grants(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
