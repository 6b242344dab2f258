using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace LpbCms.Users.Authorization;

/// <summary>Met when the caller is granted <see cref="Permission"/> (directly, by implication, or as Administrator).</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
