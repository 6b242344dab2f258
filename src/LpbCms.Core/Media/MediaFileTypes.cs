namespace LpbCms.Core.Media;

/// <summary>The file types the media library knows, by extension (lowercase, with the dot).</summary>
public static class MediaFileTypes
{
    /// <summary>Raster images the library shows and resizes.</summary>
    public static IReadOnlyCollection<string> ImageExtensions { get; } = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    /// <summary>Documents editors may upload besides images.</summary>
    public static IReadOnlyCollection<string> DocumentExtensions { get; } = [".pdf", ".docx", ".xlsx", ".pptx", ".odt"];

    public static bool IsImage(string? fileName) =>
        fileName is not null && ImageExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);
}
