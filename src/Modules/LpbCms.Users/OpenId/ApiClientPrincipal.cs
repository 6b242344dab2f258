using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace LpbCms.Users.OpenId;

/// <summary>
/// The claims of an access token issued to an API client (client credentials): the client id in
/// <see cref="ClientIdClaimType"/> and the client's roles as <c>role</c> claims.
/// </summary>
public static class ApiClientPrincipal
{
    /// <summary>Our own claim type, so a client principal can never be mistaken for a user.</summary>
    public const string ClientIdClaimType = "lpb_client_id";

    public const string RoleClaimType = "role";

    public static bool TryGetClientId(ClaimsPrincipal principal, [NotNullWhen(true)] out string? clientId)
    {
        ArgumentNullException.ThrowIfNull(principal);
        clientId = principal.Identity?.IsAuthenticated == true ? principal.FindFirst(ClientIdClaimType)?.Value : null;
        return !string.IsNullOrEmpty(clientId);
    }

    public static IReadOnlyList<string> GetRoles(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return [.. principal.FindAll(RoleClaimType).Select(c => c.Value).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
