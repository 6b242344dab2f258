using System.Diagnostics.CodeAnalysis;

namespace LpbCms.Core.Security;

/// <summary>
/// The authorization policy naming convention for permissions: <c>Permission:{Name}</c>. Modules
/// require a permission through this policy name (the users module resolves it), so no module has
/// to reference the users module.
/// </summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";

    public static string For(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return Prefix + permission.Name;
    }

    /// <summary>Reads the permission name out of a policy name built by <see cref="For"/>.</summary>
    public static bool TryGetPermissionName(string? policyName, [NotNullWhen(true)] out string? permissionName)
    {
        if (policyName is not null && policyName.Length > Prefix.Length && policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            permissionName = policyName[Prefix.Length..];
            return true;
        }

        permissionName = null;
        return false;
    }
}
