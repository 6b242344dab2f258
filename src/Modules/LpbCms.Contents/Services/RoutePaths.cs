using LpbCms.Contents.Models;

namespace LpbCms.Contents.Services;

/// <summary>
/// The rules for item route paths: stored without leading or trailing slash; the host's own
/// routes (admin, API, health, media, ...) and anything that cannot be a clean URL path are refused.
/// </summary>
public static class RoutePaths
{
    /// <summary>First segments the host or its modules serve themselves.</summary>
    public static readonly IReadOnlySet<string> ReservedSegments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "connect", "health", "media", "openapi", "graphql", "login", "logout", "account",
        "robots.txt", "sitemap.xml", "favicon.ico",
    };

    /// <summary>Trims white space and slashes at both ends and collapses repeated slashes.</summary>
    public static string Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "";
        }

        var segments = path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', segments);
    }

    /// <summary>Why a normalized path cannot be used, in Dutch for the editor; null when it can.</summary>
    public static string? Validate(string path)
    {
        if (path.Length > AutoroutePart.MaxPathLength)
        {
            return $"Het pad is te lang ({path.Length} tekens, hoogstens {AutoroutePart.MaxPathLength}).";
        }

        foreach (var c in path)
        {
            if (c is '?' or '#' or '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return $"Het pad '{path}' bevat een teken dat niet in een pad mag ({Describe(c)}).";
            }
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return $"Het pad '{path}' mag geen segment '.' of '..' bevatten.";
        }

        if (segments.Length > 0 && ReservedSegments.Contains(segments[0]))
        {
            return $"Het pad '{path}' is gereserveerd voor het systeem ('{segments[0]}'); kies een ander pad.";
        }

        return null;
    }

    private static string Describe(char c) => c switch
    {
        ' ' => "spatie",
        '\\' => "backslash",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
