namespace LpbCms.Admin.Services;

/// <summary>What the user form posts: the password is required for a new user and optional (a new one) when editing.</summary>
public sealed record UserInput(string UserName, string? Email, string? Password, bool IsEnabled, IReadOnlyList<string> Roles, string? ConcurrencyStamp = null);
