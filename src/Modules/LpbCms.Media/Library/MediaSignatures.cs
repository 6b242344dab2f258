using System.Text;

namespace LpbCms.Media.Library;

/// <summary>
/// Checks that an upload's first bytes match its extension, so a renamed HTML or executable file
/// is not stored as an image or document. Office (OOXML) and OpenDocument files are ZIP archives.
/// </summary>
public static class MediaSignatures
{
    /// <summary>Bytes needed to recognise every supported type.</summary>
    public const int HeaderLength = 12;

    public static bool Matches(string extension, ReadOnlySpan<byte> header) => extension switch
    {
        ".jpg" or ".jpeg" => header.StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
        ".png" => header.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".gif" => header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8),
        ".webp" => header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8),
        ".pdf" => header.StartsWith("%PDF-"u8),
        ".docx" or ".xlsx" or ".pptx" or ".odt" => header.StartsWith((byte[])[0x50, 0x4B, 0x03, 0x04]),
        _ => false,
    };

    /// <summary>Whether <see cref="Matches"/> knows the extension (lowercase, with the dot).</summary>
    public static bool IsKnown(string extension) => extension is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".pdf" or ".docx" or ".xlsx" or ".pptx" or ".odt";

    /// <summary>For log messages: the header as hex.</summary>
    public static string Describe(ReadOnlySpan<byte> header)
    {
        var builder = new StringBuilder(header.Length * 2);
        foreach (var b in header)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
