using LpbCms.Core.Security;

namespace LpbCms.Admin.Security;

/// <summary>
/// The permission each administrators' page folder requires on top of AccessAdminPanel, enforced
/// for every request (GET and POST) by an authorization convention, so no page can forget it.
/// </summary>
public static class AdminFolderPermissions
{
    public static IReadOnlyList<(string Folder, Permission Permission)> All { get; } =
    [
        ("/Admin/Audit", AdminPermissions.ViewAuditTrail),
        ("/Admin/Users", DependencyPermissions.ManageUsers),
        ("/Admin/Roles", DependencyPermissions.ManageRoles),
        ("/Admin/Recipes", AdminPermissions.ManageRecipes),
        ("/Admin/Backup", AdminPermissions.ManageRecipes),
        ("/Admin/ApiClients", DependencyPermissions.ManageUsers),
    ];
}
