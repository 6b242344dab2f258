namespace LpbCms.Core.Security;

/// <summary>An API client and the roles that give it its permissions.</summary>
public sealed record ApiClient(string ClientId, string DisplayName, IReadOnlyList<string> Roles);
