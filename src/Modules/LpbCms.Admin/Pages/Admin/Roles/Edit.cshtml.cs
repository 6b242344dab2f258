using LpbCms.Admin.Security;
using LpbCms.Admin.Services;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Roles;

/// <summary>Edits a role's description and permissions (every permission the modules declare).</summary>
public sealed class EditModel(RoleAdministration administration, PermissionListing permissions) : PageModel
{
    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public IReadOnlyList<string> Permissions { get; set; } = [];

    public LpbRole? Role { get; private set; }

    public IReadOnlyList<Permission> AllPermissions => permissions.All;

    public bool IsAdministrator => AdminRoles.IsAdministrator(Role?.Name);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string name)
    {
        Role = await administration.FindAsync(name);
        if (Role is null)
        {
            return NotFound();
        }

        Description = Role.Description;
        Permissions = await administration.GrantedAsync(Role);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken ct)
    {
        Role = await administration.FindAsync(name);
        if (Role is null)
        {
            return NotFound();
        }

        Errors = await administration.UpdateAsync(Role, Description, Permissions, ct);
        if (Errors.Count > 0)
        {
            return Page();
        }

        TempData["Message"] = $"De rol '{Role.Name}' is opgeslagen.";
        return Redirect("/admin/rollen");
    }

    public bool IsGranted(Permission permission) => Permissions.Contains(permission.Name, StringComparer.OrdinalIgnoreCase);
}
