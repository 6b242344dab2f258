namespace LpbCms.Core.Media;

/// <summary>
/// The media library as editors see it: folders and files by relative '/'-separated path (null or
/// empty for the root), uploads checked for type, size and name, and which content uses a file.
/// Implemented by the media module; the admin codes against this contract only. Refusals throw
/// <see cref="MediaLibraryException"/> with a <see cref="MediaLibraryError"/> the caller can explain.
/// </summary>
public interface IMediaLibrary
{
    /// <summary>File extensions (lowercase, with the dot) an upload may have.</summary>
    IReadOnlyCollection<string> AllowedExtensions { get; }

    /// <summary>The largest upload accepted, in bytes.</summary>
    long MaxUploadBytes { get; }

    /// <summary>The folder's sub-folders and files, each sorted by name.</summary>
    Task<MediaFolderListing> ListAsync(string? folder, CancellationToken ct = default);

    /// <summary>Every image in the library (for the media field's picker), sorted by path, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<MediaEntry>> ListImagesAsync(int max = 500, CancellationToken ct = default);

    /// <summary>
    /// Stores an upload in <paramref name="folder"/> under a safe version of <paramref name="fileName"/>;
    /// an existing file is never replaced (the name gets a number instead). Returns the stored file.
    /// </summary>
    Task<MediaEntry> UploadAsync(string? folder, string fileName, long length, Stream content, CancellationToken ct = default);

    /// <summary>Creates a folder (made safe like a file name) inside <paramref name="parent"/> and returns its path.</summary>
    Task<string> CreateFolderAsync(string? parent, string name, CancellationToken ct = default);

    /// <summary>Deletes a file, or an empty folder; false when nothing was there.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken ct = default);

    /// <summary>Content items whose latest or published version uses the file in a media field.</summary>
    Task<IReadOnlyList<MediaUse>> FindUsesAsync(string path, CancellationToken ct = default);
}
