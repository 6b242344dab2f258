using LpbCms.Admin.Auditing;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin;

/// <summary>
/// Sign-in with lockout. Every failure gets the same message, so the page never tells whether an
/// account exists, is disabled or is locked out.
/// </summary>
public sealed class LoginModel(SignInManager<LpbUser> signInManager, UserManager<LpbUser> userManager, AuditRecorder audit) : PageModel
{
    public const string FailureMessage =
        "Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord. Na 5 mislukte pogingen wordt een account 15 minuten geblokkeerd.";

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = UserName.Trim();
        var user = name.Length == 0 ? null : await userManager.FindByNameAsync(name) ?? await userManager.FindByEmailAsync(name);
        if (user is not null && Password.Length > 0)
        {
            var result = await signInManager.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await audit.RecordAsAsync(AuditActions.SignIn, user.Id, user.UserName, ct: ct);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith(AdminPaths.Root, StringComparison.OrdinalIgnoreCase) ? ReturnUrl : AdminPaths.Root);
            }

            await audit.RecordAsAsync(AuditActions.SignInFailed, user.Id, user.UserName, details: new { Reason = Describe(result) }, ct: ct);
        }
        else
        {
            await audit.RecordAsAsync(AuditActions.SignInFailed, null, name.Length > 256 ? name[..256] : name, details: new { Reason = "UnknownUser" }, ct: ct);
        }

        ErrorMessage = FailureMessage;
        Password = "";
        return Page();
    }

    private static string Describe(Microsoft.AspNetCore.Identity.SignInResult result) =>
        result.IsLockedOut ? "LockedOut" : result.IsNotAllowed ? "NotAllowed" : result.RequiresTwoFactor ? "RequiresTwoFactor" : "WrongPassword";
}
