using LpbCms.Admin.Services;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.ApiClients;

/// <summary>
/// API clients (OAuth2 client credentials): list, create with roles, revoke. A new client's secret
/// is shown in the response to the create request only; it is never stored readable nor redirected
/// through TempData. Requires ManageUsers (see <see cref="AdminStartup"/>).
/// </summary>
public sealed class IndexModel(ApiClientAdministration administration, UserAdministration users) : PageModel
{
    [BindProperty]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public IReadOnlyList<string> Roles { get; set; } = [];

    public bool IsAvailable => administration.IsAvailable;

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public CreatedApiClient? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsAvailable)
        {
            return NotFound();
        }

        (Created, Errors) = await administration.CreateAsync(User, ClientId, DisplayName, Roles, ct);
        if (Created is not null)
        {
            ClientId = "";
            DisplayName = null;
            Roles = [];
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken ct)
    {
        if (!IsAvailable)
        {
            return NotFound();
        }

        TempData["Message"] = await administration.RevokeAsync(id, ct)
            ? $"De API-client '{id}' is ingetrokken; zijn tokens werken niet meer."
            : $"De API-client '{id}' bestond niet (meer).";
        return Redirect("/admin/api-clients");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clients = await administration.ListAsync(ct);
        AssignableRoles = users.AssignableRoles();
    }
}
