using LpbCms.Core.Security;

namespace LpbCms.Users.Permissions;

/// <summary>
/// Every permission the modules declare, and the default permissions of each standard role, from
/// all registered <see cref="IPermissionProvider"/>s (which are singletons).
/// </summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, Permission> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _stereotypes = new(StringComparer.OrdinalIgnoreCase);

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var provider in providers)
        {
            foreach (var permission in provider.GetPermissions())
            {
                _byName.TryAdd(permission.Name, permission);
            }

            foreach (var (role, names) in provider.GetDefaultStereotypes())
            {
                if (!_stereotypes.TryGetValue(role, out var set))
                {
                    set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    _stereotypes[role] = set;
                }

                set.UnionWith(names);
            }
        }
    }

    public IReadOnlyCollection<Permission> Permissions => _byName.Values;

    public Permission? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The permissions a role gets when it is created; the Administrator gets every declared permission.</summary>
    public IReadOnlyList<string> GetDefaultPermissions(string roleName)
    {
        var names = new List<string>();
        if (StandardRoles.IsAdministrator(roleName))
        {
            names.AddRange(_byName.Keys);
        }

        if (_stereotypes.TryGetValue(roleName, out var stereotype))
        {
            names.AddRange(stereotype.Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase)));
        }

        return names;
    }
}
