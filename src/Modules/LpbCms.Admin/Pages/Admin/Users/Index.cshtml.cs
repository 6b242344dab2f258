using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Users;

/// <summary>All user accounts with their roles and state. Requires ManageUsers (see <see cref="AdminStartup"/>).</summary>
public sealed class IndexModel(UserManager<LpbUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>();
        // Materialized first: PostgreSQL runs one command at a time per connection, and GetRolesAsync queries inside the loop.
        foreach (var user in users.Users.OrderBy(u => u.NormalizedUserName).ToList())
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(new UserRow(user, [.. (await users.GetRolesAsync(user)).Order(StringComparer.OrdinalIgnoreCase)], user.LockoutEnd > now));
        }

        Rows = rows;
    }

    /// <summary>One row of the list.</summary>
    public sealed record UserRow(LpbUser User, IReadOnlyList<string> Roles, bool IsLockedOut);
}
