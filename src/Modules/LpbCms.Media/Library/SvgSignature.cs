using System.Text;

namespace LpbCms.Media.Library;

/// <summary>
/// An SVG is text: its first element must be <c>&lt;svg</c> (after an optional XML declaration,
/// comments or doctype), and it must not carry script, which a browser would run on this site's origin.
/// </summary>
public static class SvgSignature
{
    /// <summary>Larger SVG files are refused rather than read whole into memory.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = text.IndexOf("<svg", StringComparison.OrdinalIgnoreCase);
        if (root < 0)
        {
            return false;
        }

        var prologue = text[..root].TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return (prologue.Length == 0 || prologue.StartsWith('<'))
            && !prologue.Contains("<html", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("<script", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<bool> MatchesFileAsync(string path, CancellationToken ct = default)
    {
        if (new FileInfo(path).Length > MaxBytes)
        {
            return false;
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, ct);
        return Matches(text);
    }
}
