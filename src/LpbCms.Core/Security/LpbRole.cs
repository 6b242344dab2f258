using Microsoft.AspNetCore.Identity;

namespace LpbCms.Core.Security;

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class LpbRole : IdentityRole
{
    public const string PermissionClaimType = "Permission";

    public string? Description { get; set; }
}
