using LpbCms.Core.Security;

namespace LpbCms.Admin.Services;

/// <summary>Every permission the registered modules declare, once each, ordered by name.</summary>
public sealed class PermissionListing(IEnumerable<IPermissionProvider> providers)
{
    private IReadOnlyList<Permission>? _all;

    public IReadOnlyList<Permission> All => _all ??=
    [
        .. providers.SelectMany(p => p.GetPermissions())
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => p.Name, StringComparer.Ordinal),
    ];

    public bool IsKnown(string name) => All.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
