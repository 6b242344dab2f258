using System.Security.Claims;
using System.Text.RegularExpressions;
using LpbCms.Admin.Auditing;
using LpbCms.Admin.Security;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// Lists, creates and revokes API clients through Core's <see cref="IApiClientManager"/> (optional:
/// <see cref="IsAvailable"/> is false when no module registers it), each change in one transaction
/// with its audit entry. As for users, only an Administrator gives a client the Administrator role.
/// </summary>
public sealed partial class ApiClientAdministration(
    IEnumerable<IApiClientManager> managers,
    UserAdministration userAdministration,
    IUnitOfWork unitOfWork,
    AuditRecorder audit)
{
    private readonly IApiClientManager? _manager = managers.LastOrDefault();

    public bool IsAvailable => _manager is not null;

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct = default) =>
        _manager is null ? [] : await _manager.ListAsync(ct);

    /// <summary>Creates the client; returns it with its secret (to show once), or Dutch messages.</summary>
    public async Task<(CreatedApiClient? Created, IReadOnlyList<string> Errors)> CreateAsync(
        ClaimsPrincipal actor, string clientId, string? displayName, IReadOnlyList<string> roles, CancellationToken ct = default)
    {
        var manager = _manager ?? throw new InvalidOperationException("No IApiClientManager is registered.");
        ArgumentNullException.ThrowIfNull(roles);
        clientId = clientId?.Trim() ?? "";
        var errors = new List<string>();
        if (!ClientIdPattern().IsMatch(clientId))
        {
            errors.Add("Een client-id bestaat uit 1 tot 100 letters, cijfers, punten, liggende streepjes of koppeltekens, zonder spaties.");
        }
        else if ((await manager.ListAsync(ct)).Any(c => string.Equals(c.ClientId, clientId, StringComparison.Ordinal)))
        {
            errors.Add($"Er bestaat al een API-client met het id '{clientId}'.");
        }

        var assignable = userAdministration.AssignableRoles();
        errors.AddRange(roles.Where(r => !assignable.Contains(r, StringComparer.OrdinalIgnoreCase)).Select(r => $"De rol '{r}' bestaat niet of kan niet worden toegekend."));
        if (roles.Count == 0)
        {
            errors.Add("Kies minstens één rol: een client zonder rol mag niets.");
        }

        if (roles.Any(AdminRoles.IsAdministrator) && !await userAdministration.IsAdministratorAsync(actor))
        {
            errors.Add("Alleen een gebruiker met de rol Administrator kan een client die rol geven.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await using var transaction = await unitOfWork.BeginAsync(ct);
        var created = await manager.CreateAsync(clientId, string.IsNullOrWhiteSpace(displayName) ? clientId : displayName.Trim(), roles, ct);
        await audit.RecordAsync(AuditActions.ApiClientCreated, details: new { created.Client.ClientId, created.Client.Roles }, ct: ct);
        await transaction.CommitAsync(ct);
        return (created, []);
    }

    public async Task<bool> RevokeAsync(string clientId, CancellationToken ct = default)
    {
        var manager = _manager ?? throw new InvalidOperationException("No IApiClientManager is registered.");
        await using var transaction = await unitOfWork.BeginAsync(ct);
        if (!await manager.RevokeAsync(clientId, ct))
        {
            return false;
        }

        await audit.RecordAsync(AuditActions.ApiClientRevoked, details: new { ClientId = clientId }, ct: ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClientIdPattern();
}
