using System.Security.Claims;
using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Users.Permissions;

/// <summary>
/// Keys cached responses by who is asking and what it holds: <c>client:{id}</c>, <c>user:{id}</c> or
/// <c>anonymous</c>, followed by the fingerprint of the granted permissions. The permissions come
/// from the request's <see cref="UserPermissionResolver"/>, which authorization already filled, so
/// the key costs no query. A caller that holds nothing gets no key.
/// </summary>
public sealed class CallerCacheKeyProvider(UserPermissionResolver resolver, Lazy<UserManager<LpbUser>> userManager) : ICallerCacheKeyProvider
{
    public async Task<string?> GetKeyAsync(ClaimsPrincipal caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        string identity;
        if (ApiClientPrincipal.TryGetClientId(caller, out var clientId))
        {
            identity = "client:" + clientId;
        }
        else if (caller.Identity?.IsAuthenticated == true)
        {
            var userId = userManager.Value.GetUserId(caller);
            if (string.IsNullOrEmpty(userId))
            {
                return null;
            }

            identity = "user:" + userId;
        }
        else
        {
            identity = "anonymous";
        }

        var granted = await resolver.GetGrantedAsync(caller, ct);
        return ReferenceEquals(granted, GrantedPermissions.None) ? null : identity + "|" + granted.Fingerprint;
    }
}
