using LpbCms.Core.Security;
using LpbCms.Core.Setup;
using LpbCms.Users.Identity;
using LpbCms.Users.Permissions;
using LpbCms.Users.Roles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace LpbCms.Users.Setup;

/// <summary>
/// Setup's first administrator: makes sure the standard roles exist (each with its default
/// permissions, the Administrator with every permission), then creates the user in the
/// Administrator role, or returns the existing user of that name unchanged.
/// </summary>
public sealed class UserProvisioner(
    UserManager<LpbUser> userManager,
    RoleProvisioner roles,
    PermissionCatalog catalog,
    ILogger<UserProvisioner> logger) : IUserProvisioner
{
    /// <exception cref="IdentityOperationException">Identity refused the user (e.g. the password breaks the rules); the message lists why.</exception>
    public async Task<ProvisionedUser> EnsureAdministratorAsync(string userName, string email, string password, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(password);

        await roles.EnsureStandardRolesAsync(ct);
        await roles.EnsureRoleAsync(StandardRoles.Administrator, description: null, catalog.GetDefaultPermissions(StandardRoles.Administrator), ct);

        var existing = await userManager.FindByNameAsync(userName);
        if (existing is not null)
        {
            return ToProvisioned(existing);
        }

        ct.ThrowIfCancellationRequested();
        var user = new LpbUser { UserName = userName, Email = email, EmailConfirmed = true };
        (await userManager.CreateAsync(user, password)).EnsureSucceeded($"Creating administrator '{userName}'");
        (await userManager.AddToRoleAsync(user, StandardRoles.Administrator)).EnsureSucceeded($"Adding '{userName}' to the Administrator role");
        logger.LogInformation("Created administrator {UserName}", userName);
        return ToProvisioned(user);
    }

    private static ProvisionedUser ToProvisioned(LpbUser user) => new(user.Id, user.UserName ?? "", user.Email ?? "");
}
