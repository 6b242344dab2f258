using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace LpbCms.Media.Storage;

/// <summary>
/// Media paths are relative, '/'-separated and stay inside the media root. Normalizing removes
/// empty and '.' segments, turns '\' into '/' and composes Unicode (NFC); it refuses absolute
/// paths, '..', ':', control characters (NUL included), characters no file system accepts,
/// hidden names and reserved device names, on every platform alike.
/// </summary>
public static class MediaPath
{
    public const int MaxLength = 1024;

    public const int MaxSegmentLength = 255;

    private static readonly SearchValues<char> InvalidChars = SearchValues.Create("<>\"|?*");

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <exception cref="InvalidMediaPathException">The path is refused; the message says why.</exception>
    public static string Normalize(string? path) =>
        TryNormalize(path, out var normalized, out var error) ? normalized : throw new InvalidMediaPathException(error);

    public static bool TryNormalize(string? path, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? error)
    {
        normalized = null;
        error = Check(path, out var segments);
        if (error is not null)
        {
            return false;
        }

        normalized = string.Join('/', segments);
        return true;
    }

    /// <summary>True for Windows device names (<c>CON</c>, <c>nul.txt</c>, <c>COM1</c>, …), with or without an extension.</summary>
    public static bool IsReservedName(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? segment : segment[..dot]).TrimEnd(' ');
        return ReservedNames.Contains(stem);
    }

    private static string? Check(string? path, out List<string> segments)
    {
        segments = [];
        if (string.IsNullOrWhiteSpace(path))
        {
            return "The media path is empty.";
        }

        if (path.Length > MaxLength)
        {
            return $"The media path is longer than {MaxLength} characters.";
        }

        if (path.Any(char.IsControl))
        {
            return "The media path contains control characters.";
        }

        var unified = path.Replace('\\', '/').Normalize(NormalizationForm.FormC);
        if (unified.StartsWith('/'))
        {
            return $"The media path '{path}' must be relative to the media root.";
        }

        if (unified.Contains(':', StringComparison.Ordinal))
        {
            return $"The media path '{path}' must not contain ':'.";
        }

        foreach (var segment in unified.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            var segmentError = CheckSegment(path, segment);
            if (segmentError is not null)
            {
                return segmentError;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? "The media path names no file or folder." : null;
    }

    private static string? CheckSegment(string path, string segment)
    {
        if (segment == "..")
        {
            return $"The media path '{path}' must not contain '..'.";
        }

        if (segment.Length > MaxSegmentLength)
        {
            return $"The media path '{path}' has a name longer than {MaxSegmentLength} characters.";
        }

        if (segment.AsSpan().ContainsAny(InvalidChars))
        {
            return $"The media path '{path}' contains one of the characters < > \" | ? *.";
        }

        if (segment.StartsWith('.'))
        {
            return $"The media path '{path}' names a hidden file or folder ('{segment}').";
        }

        if (segment.EndsWith('.') || segment.EndsWith(' ') || segment.StartsWith(' '))
        {
            return $"The media path '{path}' has a name starting with a space or ending with a space or dot ('{segment}').";
        }

        return IsReservedName(segment) ? $"The media path '{path}' uses the reserved name '{segment}'." : null;
    }
}
