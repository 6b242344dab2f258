using LpbCms.Core.Security;

namespace LpbCms.Admin.Security;

/// <summary>
/// Permissions the admin's pages check that modules it depends on declare (see
/// <see cref="AdminStartup.Dependencies"/>). Referenced by name because modules never reference
/// each other: grants and policies match permissions by name, and a name no module declares fails
/// loudly in the permission policy provider (a host test checks all three are declared).
/// </summary>
public static class DependencyPermissions
{
    /// <summary>Declared by LpbCms.Users.</summary>
    public static readonly Permission ManageUsers = DeclaredElsewhere("ManageUsers");

    /// <summary>Declared by LpbCms.Users.</summary>
    public static readonly Permission ManageRoles = DeclaredElsewhere("ManageRoles");

    /// <summary>Declared by LpbCms.Media.</summary>
    public static readonly Permission ManageMedia = DeclaredElsewhere("ManageMedia");

    public static IReadOnlyList<Permission> All { get; } = [ManageUsers, ManageRoles, ManageMedia];

    private static Permission DeclaredElsewhere(string name) => new(name, "Declared by another module");
}
