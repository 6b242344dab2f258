using LpbCms.Core.Security;

namespace LpbCms.Admin.Security;

/// <summary>Declares <see cref="AdminPermissions.ViewAuditTrail"/>; the Administrator role holds every permission anyway.</summary>
public sealed class AdminPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [AdminPermissions.ViewAuditTrail];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() => [];
}
