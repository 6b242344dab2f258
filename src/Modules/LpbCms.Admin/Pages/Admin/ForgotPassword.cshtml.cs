using System.Text;
using LpbCms.Admin.Auditing;
using LpbCms.Core.Messaging;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace LpbCms.Admin.Pages.Admin;

/// <summary>Sends a reset link when the address belongs to an enabled account; the answer is the same either way.</summary>
public sealed class ForgotPasswordModel(UserManager<LpbUser> userManager, IEmailSender emailSender, AuditRecorder audit) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var email = Email.Trim();
        var user = email.Length == 0 ? null : await userManager.FindByEmailAsync(email);
        if (user is { IsEnabled: true, Email: { Length: > 0 } address })
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = $"{Request.Scheme}://{Request.Host}{AdminPaths.ResetPassword}?gebruiker={Uri.EscapeDataString(user.Id)}&code={code}";
            var body = $"Beste {user.UserName},\n\nU (of iemand anders) heeft gevraagd om een nieuw wachtwoord voor het beheer van de LPB-website. "
                + $"Stel een nieuw wachtwoord in via deze link:\n\n{link}\n\nHebt u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.";
            await emailSender.SendAsync(new EmailMessage(address, "Nieuw wachtwoord instellen", body), ct);
            await audit.RecordAsAsync(AuditActions.PasswordResetRequested, user.Id, user.UserName, ct: ct);
        }

        Sent = true;
        return Page();
    }
}
