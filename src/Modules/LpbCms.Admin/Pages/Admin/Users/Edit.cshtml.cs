using LpbCms.Admin.Services;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LpbCms.Admin.Pages.Admin.Users;

/// <summary>Edits a user's e-mail, state (enabled or disabled), roles and optionally the password.</summary>
public sealed class EditModel(UserAdministration administration, UserManager<LpbUser> users) : UserFormModel(administration)
{
    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public LpbUser? Account { get; private set; }

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Account = await users.FindByIdAsync(id);
        if (Account is null)
        {
            return NotFound();
        }

        Email = Account.Email;
        IsEnabled = Account.IsEnabled;
        Roles = [.. await users.GetRolesAsync(Account)];
        ConcurrencyStamp = Account.ConcurrencyStamp;
        LoadChoices();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        Account = await users.FindByIdAsync(id);
        if (Account is null)
        {
            return NotFound();
        }

        var errors = await Administration.UpdateAsync(User, Account, new UserInput(Account.UserName!, Email, Password, IsEnabled, Roles, ConcurrencyStamp), ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        TempData["Message"] = $"Gebruiker '{Account.UserName}' is opgeslagen.";
        return Redirect("/admin/gebruikers");
    }
}
