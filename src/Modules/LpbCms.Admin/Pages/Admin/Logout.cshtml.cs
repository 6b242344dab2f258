using LpbCms.Admin.Auditing;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin;

/// <summary>Signs out (POST only, with the antiforgery token, so a link elsewhere cannot sign an editor out).</summary>
public sealed class LogoutModel(SignInManager<LpbUser> signInManager, AuditRecorder audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await audit.RecordAsync(AuditActions.SignOut, ct: ct);
        await signInManager.SignOutAsync();
        return LocalRedirect(AdminPaths.Login);
    }
}
