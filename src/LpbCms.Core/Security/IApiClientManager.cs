namespace LpbCms.Core.Security;

/// <summary>
/// OAuth2 API clients (client credentials). Implemented with OpenIddict by the users module; the
/// admin lists, creates and revokes clients through this contract. Secrets are stored hashed and
/// returned once, at creation.
/// </summary>
public interface IApiClientManager
{
    Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct = default);

    /// <exception cref="ArgumentException">The client id is taken or invalid, or a role does not exist.</exception>
    Task<CreatedApiClient> CreateAsync(string clientId, string displayName, IReadOnlyList<string> roles, CancellationToken ct = default);

    /// <summary>Deletes the client and revokes its tokens; returns false when it does not exist.</summary>
    Task<bool> RevokeAsync(string clientId, CancellationToken ct = default);
}
