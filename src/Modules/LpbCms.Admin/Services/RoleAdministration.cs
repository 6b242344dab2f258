using System.Security.Claims;
using LpbCms.Admin.Auditing;
using LpbCms.Admin.Security;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Admin.Services;

/// <summary>
/// Creates roles and edits their permissions (role claims of type <see cref="LpbRole.PermissionClaimType"/>),
/// each change in one transaction with its audit entry. Only permissions some module declares are
/// managed here; claims for other names (e.g. from an Orchard recipe for a feature LpbCms lacks)
/// are kept as they are. The Administrator role holds everything anyway, so its claims are not edited.
/// Returns Dutch messages; an empty list means the change was stored.
/// </summary>
public sealed class RoleAdministration(RoleManager<LpbRole> roles, PermissionListing permissions, IUnitOfWork unitOfWork, AuditRecorder audit)
{
    public IReadOnlyList<LpbRole> All() => [.. roles.Roles.AsEnumerable().OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];

    public Task<LpbRole?> FindAsync(string name) => roles.FindByNameAsync(name);

    public async Task<IReadOnlyList<string>> GrantedAsync(LpbRole role) =>
        [.. (await roles.GetClaimsAsync(role)).Where(c => c.Type == LpbRole.PermissionClaimType).Select(c => c.Value)];

    public async Task<IReadOnlyList<string>> CreateAsync(string name, string? description, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ["Vul een naam voor de rol in."];
        }

        var role = new LpbRole { Name = name.Trim(), Description = Blank(description) };
        await using var transaction = await unitOfWork.BeginAsync(ct);
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await audit.RecordAsync(AuditActions.RoleCreated, details: new { Role = role.Name }, ct: ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<string>> UpdateAsync(LpbRole role, string? description, IReadOnlyCollection<string> granted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(granted);
        var unknown = granted.Where(n => !permissions.IsKnown(n)).ToList();
        if (unknown.Count > 0)
        {
            return [.. unknown.Select(n => $"Het recht '{n}' bestaat niet.")];
        }

        var claims = (await roles.GetClaimsAsync(role)).Where(c => c.Type == LpbRole.PermissionClaimType).ToList();
        var editable = !AdminRoles.IsAdministrator(role.Name);
        var removed = editable ? claims.Where(c => permissions.IsKnown(c.Value) && !granted.Contains(c.Value, StringComparer.OrdinalIgnoreCase)).ToList() : [];
        var added = editable ? granted.Where(n => !claims.Any(c => string.Equals(c.Value, n, StringComparison.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase).ToList() : [];

        await using var transaction = await unitOfWork.BeginAsync(ct);
        role.Description = Blank(description);
        var result = await roles.UpdateAsync(role);
        foreach (var claim in removed)
        {
            result = result.Succeeded ? await roles.RemoveClaimAsync(role, claim) : result;
        }

        foreach (var name in added)
        {
            result = result.Succeeded ? await roles.AddClaimAsync(role, new Claim(LpbRole.PermissionClaimType, name)) : result;
        }

        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        var changes = new { Role = role.Name, PermissionsAdded = added, PermissionsRemoved = removed.Select(c => c.Value) };
        await audit.RecordAsync(AuditActions.RoleUpdated, details: changes, ct: ct);
        if (added.Count > 0 || removed.Count > 0)
        {
            await audit.RecordAsync(AuditActions.RolePermissionsChanged, details: changes, ct: ct);
        }

        await transaction.CommitAsync(ct);
        return [];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
