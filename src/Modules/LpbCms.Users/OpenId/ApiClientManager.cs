using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LpbCms.Users.OpenId;

/// <summary>
/// API clients as OpenIddict applications: confidential, client credentials only, roles in the
/// application's properties. OpenIddict hashes the secret; we return it once, at creation.
/// </summary>
public sealed partial class ApiClientManager(
    IOpenIddictApplicationManager applications,
    RoleManager<LpbRole> roles,
    ValidatedTokenCache validatedTokens,
    ValidatedPrincipalCache validatedPrincipals) : IApiClientManager
{
    private const int SecretBytes = 32;

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct = default)
    {
        var result = new List<ApiClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
        {
            result.Add(await ToClientAsync(application, ct));
        }

        return [.. result.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    public async Task<CreatedApiClient> CreateAsync(string clientId, string displayName, IReadOnlyList<string> roles, CancellationToken ct = default)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        if (await applications.FindByClientIdAsync(ValidClientId(clientId), ct) is not null)
        {
            throw new ArgumentException($"An API client with the id '{clientId}' already exists.", nameof(clientId));
        }

        var client = await SaveAsync(clientId, displayName, secret, roles, ct);
        return new CreatedApiClient(client, secret);
    }

    /// <summary>Creates the client or updates it (display name, secret, roles); used by the recipe step.</summary>
    public async Task<ApiClient> SaveAsync(string clientId, string displayName, string secret, IReadOnlyList<string> roles, CancellationToken ct = default)
    {
        ValidClientId(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var roleNames = await ExistingRolesAsync(roles, ct);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? clientId : displayName.Trim(),
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.Token);
        descriptor.Permissions.Add(OpenIddictConstants.Permissions.GrantTypes.ClientCredentials);
        descriptor.Properties[ApiClientRoles.PropertyName] = ApiClientRoles.ToProperty(roleNames);

        var existing = await applications.FindByClientIdAsync(clientId, ct);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
        }
        else
        {
            // OpenIddict hashes the secret when it differs from the stored value.
            await applications.UpdateAsync(existing, descriptor, ct);
        }

        return new ApiClient(clientId, descriptor.DisplayName, roleNames);
    }

    public async Task<bool> RevokeAsync(string clientId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(clientId) || await applications.FindByClientIdAsync(clientId, ct) is not { } application)
        {
            return false;
        }

        // OpenIddict's store deletes the application's authorizations and tokens with it; token
        // entry validation then refuses tokens already handed out, once the cache of entries
        // found valid no longer vouches for them (cleared whole: revoking is rare).
        await applications.DeleteAsync(application, ct);
        validatedTokens.Clear();
        validatedPrincipals.Clear();
        return true;
    }

    /// <summary>The client's current roles, or null when it no longer exists.</summary>
    public async Task<ApiClient?> FindAsync(string clientId, CancellationToken ct = default) =>
        await applications.FindByClientIdAsync(clientId, ct) is { } application ? await ToClientAsync(application, ct) : null;

    private static string ValidClientId(string clientId)
    {
        if (string.IsNullOrEmpty(clientId) || !ClientIdPattern().IsMatch(clientId))
        {
            throw new ArgumentException("A client id has 1 to 100 letters, digits, '.', '_' or '-'.", nameof(clientId));
        }

        return clientId;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClientIdPattern();

    private async Task<IReadOnlyList<string>> ExistingRolesAsync(IReadOnlyList<string> requested, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var names = new List<string>();
        foreach (var name in requested.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            ct.ThrowIfCancellationRequested();
            var role = await roles.FindByNameAsync(name) ?? throw new ArgumentException($"The role '{name}' does not exist.", nameof(requested));
            names.Add(role.Name ?? name);
        }

        return names;
    }

    private async Task<ApiClient> ToClientAsync(object application, CancellationToken ct)
    {
        var clientId = await applications.GetClientIdAsync(application, ct) ?? "";
        var displayName = await applications.GetDisplayNameAsync(application, ct) ?? clientId;
        var properties = await applications.GetPropertiesAsync(application, ct);
        return new ApiClient(clientId, displayName, ApiClientRoles.FromProperties(properties));
    }
}
