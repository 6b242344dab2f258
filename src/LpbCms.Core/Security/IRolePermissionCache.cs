namespace LpbCms.Core.Security;

/// <summary>
/// The in-memory cache of each role's permission names, so a request does not query the roles
/// table to authorize. Roles changed through <c>RoleManager&lt;LpbRole&gt;</c> evict it by
/// themselves; code that changes roles or role claims any other way calls <see cref="Invalidate"/>
/// (after its transaction commits, and ideally also right away) so the next request sees the change.
/// </summary>
public interface IRolePermissionCache
{
    /// <summary>Drops every cached role: the next permission check reads the roles from the database.</summary>
    void Invalidate();
}
