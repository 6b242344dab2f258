using System.Security.Claims;
using LpbCms.Core.Security;
using LpbCms.Users.Identity;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace LpbCms.Users.Roles;

/// <summary>
/// Creates and updates roles with Orchard's merge rules: a new role starts with its stereotype's
/// default permissions, and listed permissions are added, never removed.
/// </summary>
public sealed class RoleProvisioner(RoleManager<LpbRole> roleManager, PermissionCatalog catalog, ILogger<RoleProvisioner> logger)
{
    /// <summary>Creates the role when missing (with its default permissions), sets a given description, and adds <paramref name="permissions"/>.</summary>
    /// <exception cref="IdentityOperationException">Identity refused the role or a claim.</exception>
    public async Task<LpbRole> EnsureRoleAsync(string name, string? description, IEnumerable<string> permissions, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(permissions);
        ct.ThrowIfCancellationRequested();

        var role = await roleManager.FindByNameAsync(name);
        IEnumerable<string> toAdd = permissions;
        if (role is null)
        {
            role = new LpbRole { Name = name, Description = description ?? name };
            (await roleManager.CreateAsync(role)).EnsureSucceeded($"Creating role '{name}'");
            toAdd = catalog.GetDefaultPermissions(name).Concat(permissions);
            logger.LogInformation("Created role {Role}", name);
        }
        else if (description is not null && !string.Equals(role.Description, description, StringComparison.Ordinal))
        {
            role.Description = description;
            (await roleManager.UpdateAsync(role)).EnsureSucceeded($"Updating role '{name}'");
        }

        await AddPermissionsAsync(role, toAdd, ct);
        return role;
    }

    /// <summary>Creates every missing standard role with its default permissions; existing roles are left as they are.</summary>
    public async Task EnsureStandardRolesAsync(CancellationToken ct = default)
    {
        foreach (var name in StandardRoles.All)
        {
            if (await roleManager.FindByNameAsync(name) is null)
            {
                await EnsureRoleAsync(name, description: null, [], ct);
            }
        }
    }

    private async Task AddPermissionsAsync(LpbRole role, IEnumerable<string> permissions, CancellationToken ct)
    {
        var held = (await roleManager.GetClaimsAsync(role))
            .Where(c => c.Type == LpbRole.PermissionClaimType)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var permission in permissions.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()))
        {
            ct.ThrowIfCancellationRequested();
            if (held.Add(permission))
            {
                var claim = new Claim(LpbRole.PermissionClaimType, permission);
                (await roleManager.AddClaimAsync(role, claim)).EnsureSucceeded($"Adding permission '{permission}' to role '{role.Name}'");
            }
        }
    }
}
