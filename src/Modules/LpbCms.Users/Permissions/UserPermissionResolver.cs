using System.Security.Claims;
using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Permissions;

/// <summary>
/// Works out a caller's <see cref="GrantedPermissions"/> from the database: anonymous callers get
/// the Anonymous role's permissions; signed-in, enabled users their roles' plus the Authenticated
/// role's; API clients (client credentials tokens) their roles'; disabled or unknown users nothing.
/// What roles grant comes from the shared <see cref="RolePermissionCache"/>, and the user and role managers
/// are only created for signed-in users and cache misses, so anonymous callers and API clients cost no query and no Identity
/// store; scoped, so a caller is resolved once per request however many checks it makes.
/// </summary>
public sealed class UserPermissionResolver(Lazy<UserManager<LpbUser>> userManager, Lazy<RoleManager<LpbRole>> roleManager, RolePermissionCache roleCache)
{
    private const string AnonymousKey = "";

    /// <summary>User ids never contain this prefix's character, so client and user cache keys cannot collide.</summary>
    private const string ClientKeyPrefix = "\u0001client:";

    private readonly Dictionary<string, GrantedPermissions> _byUser = new(StringComparer.Ordinal);

    public async Task<GrantedPermissions> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (ApiClientPrincipal.TryGetClientId(principal, out var clientId))
        {
            return await GetClientGrantedAsync(principal, clientId, ct);
        }

        var userId = principal.Identity?.IsAuthenticated == true ? userManager.Value.GetUserId(principal) : null;
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
        var user = userId is null ? null : await userManager.Value.FindByIdAsync(userId);
        if (user is null || !user.IsEnabled)
        {
            return GrantedPermissions.None;
        }

        var roles = await userManager.Value.GetRolesAsync(user);
        return await ForRolesAsync([.. roles, StandardRoles.Authenticated], ct);
    }

    private Task<GrantedPermissions> ForRolesAsync(IReadOnlyList<string> roleNames, CancellationToken ct) => roleCache.GetGrantedAsync(roleNames, () => roleManager.Value, ct);
}
