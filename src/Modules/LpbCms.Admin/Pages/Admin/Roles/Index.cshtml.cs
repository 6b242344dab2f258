using LpbCms.Admin.Services;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Roles;

/// <summary>All roles, and a form to add one. Requires ManageRoles (see <see cref="AdminStartup"/>).</summary>
public sealed class IndexModel(RoleAdministration administration) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    public IReadOnlyList<LpbRole> Roles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() => Roles = administration.All();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Errors = await administration.CreateAsync(Name, Description, ct);
        if (Errors.Count > 0)
        {
            Roles = administration.All();
            return Page();
        }

        TempData["Message"] = $"De rol '{Name.Trim()}' is aangemaakt. Kies nu de rechten van de rol.";
        return Redirect("/admin/rollen/" + Uri.EscapeDataString(Name.Trim()));
    }
}
