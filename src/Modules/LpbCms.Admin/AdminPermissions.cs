using LpbCms.Core.Security;

namespace LpbCms.Admin;

/// <summary>
/// The admin's own permissions (Orchard's names): opening the admin, the types editor, recipes and
/// exports, the audit trail. Permissions of the modules the admin depends on are in
/// <see cref="Security.DependencyPermissions"/>.
/// </summary>
public sealed class AdminPermissions : IPermissionProvider
{
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access the admin panel");
    public static readonly Permission ViewContentTypes = new("ViewContentTypes", "View content types");
    public static readonly Permission EditContentTypes = new("EditContentTypes", "Edit content types");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes");

    /// <summary>Orchard's AuditTrail permission; only Administrators hold it by default.</summary>
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");

    public IEnumerable<Permission> GetPermissions() => [AccessAdminPanel, ViewContentTypes, EditContentTypes, ManageRecipes, ViewAuditTrail];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
    [
        PermissionStereotype.Of(StandardRoles.Editor, AccessAdminPanel),
        PermissionStereotype.Of(StandardRoles.Author, AccessAdminPanel),
    ];
}
