using System.Text;
using LpbCms.Admin.Auditing;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace LpbCms.Admin.Pages.Admin;

/// <summary>Sets a new password with the emailed token; an unknown user reads as an invalid link.</summary>
public sealed class ResetPasswordModel(UserManager<LpbUser> userManager, IdentityErrorDescriber describer, AuditRecorder audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Password != ConfirmPassword)
        {
            Errors = ["De twee wachtwoorden zijn niet gelijk."];
            return Page();
        }

        var user = string.IsNullOrEmpty(UserId) ? null : await userManager.FindByIdAsync(UserId);
        string? token = null;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            // A damaged link: reported below as an invalid token.
        }

        if (user is null || token is null)
        {
            Errors = [describer.InvalidToken().Description];
            return Page();
        }

        var result = await userManager.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Description)];
            return Page();
        }

        await audit.RecordAsAsync(AuditActions.PasswordReset, user.Id, user.UserName, ct: ct);
        Done = true;
        return Page();
    }
}
