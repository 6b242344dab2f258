namespace LpbCms.Core.Security;

/// <summary>
/// A module declares the permissions it owns and the default roles that hold them (Orchard's
/// <c>Permissions.cs</c>); register it with <see cref="PermissionServiceCollectionExtensions.AddPermissionProvider{TProvider}"/>.
/// The roles admin, the <c>Roles</c> recipe step and the permission policies know only what providers declare.
/// </summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name → permission names given to that role on setup (the Administrator gets every permission anyway).</summary>
    IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes();
}
