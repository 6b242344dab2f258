namespace LpbCms.Core.Media;

/// <summary>A file or folder in the media library; <see cref="Path"/> is relative to the media root.</summary>
public sealed record MediaEntry(string Path, string Name, bool IsFolder, long Length, DateTimeOffset LastModifiedUtc)
{
    /// <summary>Images the library can show and resize (by extension).</summary>
    public bool IsImage => !IsFolder && MediaFileTypes.IsImage(Name);
}
