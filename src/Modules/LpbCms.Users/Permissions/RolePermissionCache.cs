using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace LpbCms.Users.Permissions;

/// <summary>
/// What a set of roles grants, in <see cref="IMemoryCache"/>, keyed by a version stamp that every
/// <see cref="Invalidate"/> moves on. A load that started before an invalidation is stored under the
/// old stamp, which no request asks for any more, so a stale list cannot come back. A miss reads the
/// roles through the caller's role manager (so a check inside a transaction sees that transaction's
/// role changes); a hit needs no role manager at all.
/// </summary>
public sealed class RolePermissionCache(IMemoryCache cache) : IRolePermissionCache
{
    /// <summary>Roles change rarely; this only bounds how long an unused role set holds memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private long _version;

    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>The union of <paramref name="roleNames"/>' permissions (role names compare case-insensitively), loaded once per version.</summary>
    public async Task<GrantedPermissions> GetGrantedAsync(IReadOnlyList<string> roleNames, Func<RoleManager<LpbRole>> roleManager, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        ArgumentNullException.ThrowIfNull(roleManager);
        var distinct = roleNames.Select(name => name.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var key = new RoleSetKey(Interlocked.Read(ref _version), string.Join('\n', distinct));
        if (cache.TryGetValue(key, out GrantedPermissions? granted) && granted is not null)
        {
            return granted;
        }

        granted = await LoadAsync(roleNames, roleManager(), ct);
        using (var entry = cache.CreateEntry(key))
        {
            entry.Value = granted;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
        }

        return granted;
    }

    private static async Task<GrantedPermissions> LoadAsync(IReadOnlyList<string> roleNames, RoleManager<LpbRole> roleManager, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var roleName in roleNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            ct.ThrowIfCancellationRequested();
            var role = await roleManager.FindByNameAsync(roleName);
            if (role is not null)
            {
                names.AddRange((await roleManager.GetClaimsAsync(role)).Where(c => c.Type == LpbRole.PermissionClaimType).Select(c => c.Value));
            }
        }

        return GrantedPermissions.ForRoles(roleNames, names);
    }

    /// <summary>Role names upper-cased, distinct and sorted, joined by a newline (which no role name contains).</summary>
    private sealed record RoleSetKey(long Version, string RoleNames);
}
