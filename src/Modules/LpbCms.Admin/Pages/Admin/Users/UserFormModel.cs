using LpbCms.Admin.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Users;

/// <summary>The fields and messages shared by the create and edit pages.</summary>
public abstract class UserFormModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>An unchecked checkbox posts nothing, so the bound default is false (disabled); new users start checked.</summary>
    [BindProperty]
    public bool IsEnabled { get; set; }

    [BindProperty]
    public IReadOnlyList<string> Roles { get; set; } = [];

    public abstract bool IsNew { get; }

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; protected set; } = [];

    protected UserAdministration Administration { get; } = administration;

    /// <summary>Shows the form again with the messages; the password is never sent back.</summary>
    protected IActionResult Invalid(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Password = null;
        LoadChoices();
        return Page();
    }

    protected void LoadChoices() => AssignableRoles = Administration.AssignableRoles();
}
