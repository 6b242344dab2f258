using System.Security.Claims;

namespace LpbCms.Core.Security;

/// <summary>
/// Names what a caller may see, for caches of responses: two requests with the same key may share
/// a cached response for published content. The key holds the caller's identity (user, API client
/// or anonymous) and a fingerprint of the permissions it holds right now, so a changed role gives
/// a new key and never an answer computed under the old permissions.
/// </summary>
public interface ICallerCacheKeyProvider
{
    /// <summary>The caller's key, or null when its responses must not be cached (for instance an authenticated principal without a known identity).</summary>
    Task<string?> GetKeyAsync(ClaimsPrincipal caller, CancellationToken ct = default);
}
