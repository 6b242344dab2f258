using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Media.Resizing;

/// <summary>
/// A resized variant asked for by <c>?width=&amp;height=&amp;mode=&amp;format=</c>. Width and height
/// must be among the configured sizes; mode is <c>max</c> (fit inside, the default), <c>crop</c>
/// (fill and cut), <c>pad</c> (fit and pad) or <c>stretch</c>; format is <c>jpg</c>, <c>png</c>,
/// <c>gif</c> or <c>webp</c> (default: the source's own).
/// </summary>
public sealed record ImageResizeRequest(int? Width, int? Height, string Mode, string? Format)
{
    public static IReadOnlyList<string> Modes { get; } = ["max", "crop", "pad", "stretch"];

    public static IReadOnlyList<string> Formats { get; } = ["jpg", "png", "gif", "webp"];

    private static readonly string[] Keys = ["width", "height", "mode", "format"];

    /// <summary>True when the query asks for a variant at all (any of the four keys is present).</summary>
    public static bool IsRequested(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Keys.Any(query.ContainsKey);
    }

    /// <summary>Reads and checks the request; <paramref name="error"/> says in English what is wrong.</summary>
    public static ImageResizeRequest? Parse(IQueryCollection query, IEnumerable<int> allowedSizes, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sizes = allowedSizes.ToHashSet();
        error = null;
        var width = ReadSize(query, "width", sizes, ref error);
        var height = ReadSize(query, "height", sizes, ref error);
        if (error is not null)
        {
            return null;
        }

        if (width is null && height is null)
        {
            error = "A resized image needs a width or a height.";
            return null;
        }

        var mode = ReadChoice(query, "mode", Modes, ref error);
        var format = ReadChoice(query, "format", Formats, ref error);
        return error is null ? new ImageResizeRequest(width, height, mode ?? "max", format) : null;
    }

    private static int? ReadSize(IQueryCollection query, string key, HashSet<int> sizes, ref string? error)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return null;
        }

        if (values.Count != 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || !sizes.Contains(size))
        {
            error = $"The {key} must be one of {string.Join(", ", sizes.Order())}.";
            return null;
        }

        return size;
    }

    private static string? ReadChoice(IQueryCollection query, string key, IReadOnlyList<string> choices, ref string? error)
    {
        if (!query.TryGetValue(key, out var values))
        {
            return null;
        }

        var value = values.Count == 1 ? values[0]?.ToLowerInvariant() : null;
        if (value is null || !choices.Contains(value, StringComparer.Ordinal))
        {
            error = $"The {key} must be one of {string.Join(", ", choices)}.";
            return null;
        }

        return value;
    }
}
