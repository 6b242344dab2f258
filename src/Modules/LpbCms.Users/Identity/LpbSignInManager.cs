using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Users.Identity;

/// <summary>Identity's sign-in manager, refusing disabled users both at sign-in and when a cookie is revalidated.</summary>
public sealed class LpbSignInManager(
    UserManager<LpbUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LpbUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LpbUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LpbUser> confirmation)
    : SignInManager<LpbUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(LpbUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsEnabled && await base.CanSignInAsync(user);
    }

    public override async Task<LpbUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsEnabled: true } ? user : null;
    }
}
