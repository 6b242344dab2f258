namespace LpbCms.Core.Security;

/// <summary>Builds the entries of <see cref="IPermissionProvider.GetDefaultStereotypes"/>.</summary>
public static class PermissionStereotype
{
    public static KeyValuePair<string, IEnumerable<string>> Of(string role, params IEnumerable<Permission> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return new(role, [.. permissions.Select(p => p.Name)]);
    }
}
