using System.Diagnostics.CodeAnalysis;
using LpbCms.Core.Contents;
using LpbCms.Users.OpenId;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace LpbCms.Users.Contents;

/// <summary>
/// Who changes content in the current request: a signed-in user (id and user name from the
/// Identity claims) or an API client (its client id and display name, the token's subject and
/// name, as Orchard records a client credentials caller); null outside a request or when anonymous.
/// </summary>
public sealed class HttpContextContentUserAccessor(IHttpContextAccessor httpContextAccessor, IOptions<IdentityOptions> identityOptions) : IContentUserAccessor
{
    public string? UserId => IsApiClient(out var clientId) ? clientId : FindClaim(identityOptions.Value.ClaimsIdentity.UserIdClaimType);

    public string? UserName => IsApiClient(out var clientId)
        ? FindClaim(OpenIddictConstants.Claims.Name) ?? clientId
        : FindClaim(identityOptions.Value.ClaimsIdentity.UserNameClaimType);

    private bool IsApiClient([NotNullWhen(true)] out string? clientId)
    {
        clientId = null;
        return httpContextAccessor.HttpContext?.User is { } user && ApiClientPrincipal.TryGetClientId(user, out clientId);
    }

    private string? FindClaim(string type)
    {
        var user = httpContextAccessor.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true ? user.FindFirst(type)?.Value : null;
    }
}
