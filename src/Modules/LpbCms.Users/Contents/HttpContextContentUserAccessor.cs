using LpbCms.Core.Contents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LpbCms.Users.Contents;

/// <summary>The signed-in user of the current request (id and user name from the Identity claims); null outside a request or when anonymous.</summary>
public sealed class HttpContextContentUserAccessor(IHttpContextAccessor httpContextAccessor, IOptions<IdentityOptions> identityOptions) : IContentUserAccessor
{
    public string? UserId => FindClaim(identityOptions.Value.ClaimsIdentity.UserIdClaimType);

    public string? UserName => FindClaim(identityOptions.Value.ClaimsIdentity.UserNameClaimType);

    private string? FindClaim(string type)
    {
        var user = httpContextAccessor.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true ? user.FindFirst(type)?.Value : null;
    }
}
