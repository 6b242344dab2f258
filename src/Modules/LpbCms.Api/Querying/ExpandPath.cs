using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>
/// A chain of relations to follow, written <c>Part.Field</c> per level: a content picker field
/// (<c>Gift.Article</c>, or <c>Gift.Article.BlogPost.Related</c> for two levels) or
/// <c>ListPart.ContentItems</c>, the children of a list (items whose ContainedPart points to it).
/// </summary>
public sealed record ExpandPath(IReadOnlyList<ContentFieldRef> Steps)
{
    public const string ParameterName = "expand";

    /// <summary>The documentation of the <c>expand</c> parameter (shown in the OpenAPI document).</summary>
    public const string Description =
        "Comma-separated relations to embed, each a chain of Part.Field levels: a content picker field (Gift.Article; "
        + "Gift.Article.BlogPost.Related for two levels) embeds the picked items as the field's ContentItems; "
        + "ListPart.ContentItems embeds a list's children (items whose ContainedPart.ListContentItemId is the list), "
        + "ordered by ContainedPart.Order, as ListPart.ContentItems. Each level is one batched query.";

    /// <summary>The step that follows a list to its children instead of a picker field.</summary>
    public static ContentFieldRef ListChildren => ContainedPartIndex.ListChildren;

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
