using System.Security.Claims;
using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Permissions;

/// <summary>
/// Works out a caller's <see cref="GrantedPermissions"/> from the database: anonymous callers get
/// the Anonymous role's permissions; signed-in, enabled users their roles' plus the Authenticated
/// role's; API clients (client credentials tokens) their roles'; disabled or unknown users nothing. Scoped: each role's claims are loaded once per
/// request, however many checks the request makes.
/// </summary>
public sealed class UserPermissionResolver(UserManager<LpbUser> userManager, RoleManager<LpbRole> roleManager)
{
    private const string AnonymousKey = "";

    /// <summary>User ids never contain this prefix's character, so client and user cache keys cannot collide.</summary>
    private const string ClientKeyPrefix = "\u0001client:";

    private readonly Dictionary<string, GrantedPermissions> _byUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _byRole = new(StringComparer.OrdinalIgnoreCase);

    public async Task<GrantedPermissions> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (ApiClientPrincipal.TryGetClientId(principal, out var clientId))
        {
            return await GetClientGrantedAsync(principal, clientId, ct);
        }

        var userId = principal.Identity?.IsAuthenticated == true ? userManager.GetUserId(principal) : null;
        var key = userId ?? AnonymousKey;
        if (_byUser.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var granted = await ResolveAsync(principal, userId, ct);
        _byUser[key] = granted;
        return granted;
    }

    /// <summary>An API client (client credentials token) holds its roles' permissions and nothing else: not Authenticated's, not Anonymous'.</summary>
    private async Task<GrantedPermissions> GetClientGrantedAsync(ClaimsPrincipal principal, string clientId, CancellationToken ct)
    {
        var key = ClientKeyPrefix + clientId;
        if (_byUser.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var granted = await ForRolesAsync(ApiClientPrincipal.GetRoles(principal), ct);
        _byUser[key] = granted;
        return granted;
    }

    private async Task<GrantedPermissions> ResolveAsync(ClaimsPrincipal principal, string? userId, CancellationToken ct)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return await ForRolesAsync([StandardRoles.Anonymous], ct);
        }

        // An authenticated principal without a user id (or whose user is gone or disabled) holds nothing.
        var user = userId is null ? null : await userManager.FindByIdAsync(userId);
        if (user is null || !user.IsEnabled)
        {
            return GrantedPermissions.None;
        }

        var roles = await userManager.GetRolesAsync(user);
        return await ForRolesAsync([.. roles, StandardRoles.Authenticated], ct);
    }

    private async Task<GrantedPermissions> ForRolesAsync(IReadOnlyList<string> roleNames, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var roleName in roleNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            names.AddRange(await GetRolePermissionsAsync(roleName, ct));
        }

        return GrantedPermissions.ForRoles(roleNames, names);
    }

    private async Task<IReadOnlyList<string>> GetRolePermissionsAsync(string roleName, CancellationToken ct)
    {
        if (_byRole.TryGetValue(roleName, out var cached))
        {
            return cached;
        }

        ct.ThrowIfCancellationRequested();
        var role = await roleManager.FindByNameAsync(roleName);
        IReadOnlyList<string> names = role is null
            ? []
            : [.. (await roleManager.GetClaimsAsync(role)).Where(c => c.Type == LpbRole.PermissionClaimType).Select(c => c.Value)];
        _byRole[roleName] = names;
        return names;
    }
}
