using LpbCms.Admin.Services;
using Microsoft.AspNetCore.Mvc;

namespace LpbCms.Admin.Pages.Admin.Users;

/// <summary>Creates a user account with a password and roles.</summary>
public sealed class CreateModel(UserAdministration administration) : UserFormModel(administration)
{
    [BindProperty]
    public string UserName { get; set; } = "";

    public override bool IsNew => true;

    public void OnGet()
    {
        IsEnabled = true;
        LoadChoices();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = await Administration.CreateAsync(User, new UserInput(UserName, Email, Password, IsEnabled, Roles), ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        TempData["Message"] = $"Gebruiker '{UserName.Trim()}' is aangemaakt.";
        return Redirect("/admin/gebruikers");
    }
}
