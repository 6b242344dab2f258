namespace LpbCms.Core.Security;

/// <summary>
/// Orchard's standard role names. Role names compare case-insensitively. In Core because every
/// module's permission provider names them as its default stereotypes (Orchard keeps them in its
/// abstractions too).
/// </summary>
public static class StandardRoles
{
    /// <summary>Holds every permission, whatever its stored claims say.</summary>
    public const string Administrator = "Administrator";

    public const string Editor = "Editor";

    public const string Author = "Author";

    public const string Contributor = "Contributor";

    /// <summary>Implicitly held by every signed-in, enabled user.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Implicitly held by every request without a signed-in user.</summary>
    public const string Anonymous = "Anonymous";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Author, Contributor, Authenticated, Anonymous];

    public static bool IsAdministrator(string roleName) =>
        string.Equals(roleName, Administrator, StringComparison.OrdinalIgnoreCase);
}
