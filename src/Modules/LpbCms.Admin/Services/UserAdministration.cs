using System.Security.Claims;
using LpbCms.Admin.Auditing;
using LpbCms.Admin.Security;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Admin.Services;

/// <summary>
/// Creates and edits user accounts for the users pages, each change in one transaction with its
/// audit entry. Guards beyond ManageUsers: only an Administrator grants or revokes the
/// Administrator role or changes an Administrator's account (no escalation through ManageUsers),
/// and nobody disables themselves or drops their own Administrator role (no lock-out).
/// Returns Dutch messages; an empty list means the change was stored.
/// </summary>
public sealed class UserAdministration(UserManager<LpbUser> users, RoleManager<LpbRole> roles, IUnitOfWork unitOfWork, AuditRecorder audit)
{
    /// <summary>Roles that can be assigned to a user: all stored roles except the implicit ones, by name.</summary>
    public IReadOnlyList<string> AssignableRoles() =>
        [.. roles.Roles.Select(r => r.Name!).AsEnumerable().Where(n => !AdminRoles.IsImplicit(n)).Order(StringComparer.OrdinalIgnoreCase)];

    public async Task<IReadOnlyList<string>> CreateAsync(ClaimsPrincipal actor, UserInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = await CheckRolesAsync(actor, input.Roles, [], isTargetAdministrator: false);
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            errors.Insert(0, "Vul een gebruikersnaam in.");
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add("Vul een wachtwoord in.");
        }

        AddMissingEmail(input, errors);

        if (errors.Count > 0)
        {
            return errors;
        }

        var user = new LpbUser { UserName = input.UserName.Trim(), Email = Blank(input.Email), EmailConfirmed = true, IsEnabled = input.IsEnabled };
        await using var transaction = await unitOfWork.BeginAsync(ct);
        var result = await users.CreateAsync(user, input.Password!);
        if (result.Succeeded && input.Roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, input.Roles);
        }

        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await audit.RecordAsync(AuditActions.UserCreated, details: new { user.UserName, input.Roles, Enabled = input.IsEnabled }, ct: ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<string>> UpdateAsync(ClaimsPrincipal actor, LpbUser user, UserInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var current = await users.GetRolesAsync(user);
        var errors = await CheckRolesAsync(actor, input.Roles, current, current.Any(AdminRoles.IsAdministrator));
        var isSelf = users.GetUserId(actor) == user.Id;
        if (isSelf && !input.IsEnabled)
        {
            errors.Add("U kunt uw eigen account niet uitschakelen.");
        }

        if (isSelf && current.Any(AdminRoles.IsAdministrator) && !input.Roles.Any(AdminRoles.IsAdministrator))
        {
            errors.Add("U kunt uzelf de rol Administrator niet afnemen.");
        }

        AddMissingEmail(input, errors);
        if (input.ConcurrencyStamp is { } stamp && stamp != user.ConcurrencyStamp)
        {
            errors.Add("Iemand anders heeft dit account intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var wasEnabled = user.IsEnabled;
        await using var transaction = await unitOfWork.BeginAsync(ct);
        user.Email = Blank(input.Email);
        user.IsEnabled = input.IsEnabled;
        var result = await users.UpdateAsync(user);
        var removed = current.Where(r => !input.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var added = input.Roles.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        result = result.Succeeded && removed.Count > 0 ? await users.RemoveFromRolesAsync(user, removed) : result;
        result = result.Succeeded && added.Count > 0 ? await users.AddToRolesAsync(user, added) : result;
        var passwordChanged = result.Succeeded && !string.IsNullOrEmpty(input.Password);
        if (passwordChanged)
        {
            result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), input.Password!);
        }

        if (result.Succeeded && (wasEnabled && !input.IsEnabled || removed.Count > 0))
        {
            // Sessions of a disabled or demoted user end at the next security stamp check.
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await audit.RecordAsync(
            AuditActions.UserUpdated,
            details: new { user.UserName, RolesAdded = added, RolesRemoved = removed, Enabled = input.IsEnabled, PasswordChanged = passwordChanged },
            ct: ct);
        await RecordAccessChangesAsync(user.UserName, wasEnabled, input.IsEnabled, added, removed, ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task<bool> IsAdministratorAsync(ClaimsPrincipal actor)
    {
        var user = await users.GetUserAsync(actor);
        return user is not null && (await users.GetRolesAsync(user)).Any(AdminRoles.IsAdministrator);
    }

    /// <summary>Locking an account out and changing its roles get entries of their own, so the audit trail can be filtered on them.</summary>
    private async Task RecordAccessChangesAsync(string? userName, bool wasEnabled, bool isEnabled, List<string> added, List<string> removed, CancellationToken ct)
    {
        if (wasEnabled != isEnabled)
        {
            await audit.RecordAsync(isEnabled ? AuditActions.UserEnabled : AuditActions.UserDisabled, details: new { UserName = userName }, ct: ct);
        }

        if (added.Count > 0 || removed.Count > 0)
        {
            await audit.RecordAsync(AuditActions.UserRolesChanged, details: new { UserName = userName, RolesAdded = added, RolesRemoved = removed }, ct: ct);
        }
    }

    private async Task<List<string>> CheckRolesAsync(ClaimsPrincipal actor, IReadOnlyList<string> wanted, IList<string> current, bool isTargetAdministrator)
    {
        var errors = new List<string>();
        var assignable = AssignableRoles();
        errors.AddRange(wanted.Where(r => !assignable.Contains(r, StringComparer.OrdinalIgnoreCase)).Select(r => $"De rol '{r}' bestaat niet of kan niet worden toegekend."));
        var administratorChanges = wanted.Any(AdminRoles.IsAdministrator) != current.Any(AdminRoles.IsAdministrator);
        if ((administratorChanges || isTargetAdministrator) && !await IsAdministratorAsync(actor))
        {
            errors.Add("Alleen een gebruiker met de rol Administrator kan die rol toekennen of afnemen, of het account van een Administrator wijzigen.");
        }

        return errors;
    }

    /// <summary>Every account needs an e-mail address: the forgot-password flow sends its link there.</summary>
    private static void AddMissingEmail(UserInput input, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add("Vul een e-mailadres in; daar komt de link als het wachtwoord vergeten is.");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
