namespace LpbCms.Admin.Security;

/// <summary>
/// Orchard's standard role names the admin treats specially (the users module defines the same
/// names; the admin does not reference it). Role names compare case-insensitively.
/// </summary>
public static class AdminRoles
{
    /// <summary>Holds every permission whatever its stored claims say; only an Administrator may grant or revoke it.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Held implicitly by every signed-in user; never assigned.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Held implicitly by visitors who are not signed in; never assigned.</summary>
    public const string Anonymous = "Anonymous";

    public static bool IsAdministrator(string? roleName) => string.Equals(roleName, Administrator, StringComparison.OrdinalIgnoreCase);

    /// <summary>Roles held implicitly, which cannot be assigned to a user.</summary>
    public static bool IsImplicit(string? roleName) =>
        string.Equals(roleName, Authenticated, StringComparison.OrdinalIgnoreCase) || string.Equals(roleName, Anonymous, StringComparison.OrdinalIgnoreCase);
}
