using System.Security.Cryptography;
using System.Text;
using LpbCms.Core.Security;

namespace LpbCms.Users.Permissions;

/// <summary>
/// What a caller may do: the union of its roles' permission names. A permission is granted when
/// its own name or, recursively, a name of a permission that implies it is held (Orchard's rule);
/// the Administrator role grants everything.
/// </summary>
public sealed class GrantedPermissions
{
    private readonly HashSet<string> _names;
    private string? _fingerprint;

    private GrantedPermissions(bool isAdministrator, IEnumerable<string> names)
    {
        IsAdministrator = isAdministrator;
        _names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Nothing granted (e.g. a disabled or deleted user).</summary>
    public static GrantedPermissions None { get; } = new(isAdministrator: false, []);

    public bool IsAdministrator { get; }

    public IReadOnlyCollection<string> Names => _names;

    /// <summary>A short hash of what is granted (administrator flag and the names, case-insensitively sorted): equal grants, equal fingerprints.</summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    public static GrantedPermissions ForRoles(IEnumerable<string> roleNames, IEnumerable<string> permissionNames)
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        return new GrantedPermissions(roleNames.Any(StandardRoles.IsAdministrator), permissionNames);
    }

    public bool Grants(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return IsAdministrator || GrantsByName(permission, []);
    }

    private bool GrantsByName(Permission permission, HashSet<Permission> visited)
    {
        if (!visited.Add(permission))
        {
            return false;
        }

        if (_names.Contains(permission.Name))
        {
            return true;
        }

        return permission.ImpliedBy?.Any(implying => GrantsByName(implying, visited)) == true;
    }

    private string ComputeFingerprint()
    {
        var names = _names.Select(name => name.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var text = (IsAdministrator ? "admin\n" : "\n") + string.Join('\n', names);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }
}
