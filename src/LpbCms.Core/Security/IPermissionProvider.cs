namespace LpbCms.Core.Security;

/// <summary>Modules declare their permissions and the default roles that hold them.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name → permission names given to that role on setup.</summary>
    IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes();
}
