using LpbCms.Core.Security;

namespace LpbCms.Users;

/// <summary>The users module's permissions; only Administrators hold them by default (no escalation through a default role).</summary>
public sealed class UsersPermissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage users");
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() => [];
}
