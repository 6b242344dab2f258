namespace LpbCms.Core.Security;

/// <summary>A new client with its secret; the secret is shown this once and only its hash is kept.</summary>
public sealed record CreatedApiClient(ApiClient Client, string ClientSecret);
