using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>
/// A chain of content picker fields to follow, written <c>Part.Field</c> per level:
/// <c>Gift.Article</c>, or <c>Gift.Article.BlogPost.Related</c> for two levels.
/// </summary>
public sealed record ExpandPath(IReadOnlyList<ContentFieldRef> Steps)
{
    public const string ParameterName = "expand";

    /// <summary>Parses the comma-separated <c>expand</c> value; null and an error message when malformed.</summary>
    public static IReadOnlyList<ExpandPath>? TryParseList(string? value, int maxDepth, out string? error)
    {
        error = null;
        var paths = new List<ExpandPath>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var segments = entry.Split('.');
            if (segments.Length % 2 != 0 || segments.Any(s => !IsName(s)))
            {
                error = $"'{entry}' is not a path of Part.Field pairs (e.g. Gift.Article).";
                return null;
            }

            if (segments.Length / 2 > maxDepth)
            {
                error = $"'{entry}' goes deeper than {maxDepth} levels.";
                return null;
            }

            var steps = new List<ContentFieldRef>();
            for (var i = 0; i < segments.Length; i += 2)
            {
                steps.Add(new ContentFieldRef(segments[i], segments[i + 1]));
            }

            paths.Add(new ExpandPath(steps));
        }

        return paths;
    }

    private static bool IsName(string segment) =>
        segment.Length is > 0 and <= 128 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
