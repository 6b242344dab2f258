using LpbCms.Core.Security;

namespace LpbCms.Admin.Security;

/// <summary>Permissions the admin declares itself (Orchard's names).</summary>
public static class AdminPermissions
{
    /// <summary>Orchard's AuditTrail permission; only Administrators hold it by default.</summary>
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail");
}
