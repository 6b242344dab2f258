using LpbCms.Core.Media;

namespace LpbCms.Media.Storage;

/// <summary>
/// Media files by relative path (see <see cref="MediaPath"/>). Writes can be staged first and
/// published later, so a file appears only when the transaction that brought it commits.
/// Every method refuses an invalid path with <see cref="InvalidMediaPathException"/>.
/// </summary>
public interface IMediaFileStore
{
    /// <summary>The file's details, or null when no such file exists (folders are not files).</summary>
    Task<MediaFileInfo?> GetFileInfoAsync(string path, CancellationToken ct = default);

    /// <exception cref="FileNotFoundException">No such file.</exception>
    Task<Stream> OpenReadAsync(string path, CancellationToken ct = default);

    /// <summary>Writes the file, replacing an existing one atomically (readers see the old or the new file, never half of one).</summary>
    Task SaveAsync(string path, Stream content, CancellationToken ct = default);

    /// <summary>Deletes the file; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken ct = default);

    /// <summary>Writes the content to the staging area; nothing is visible at <paramref name="path"/> yet.</summary>
    Task<StagedMediaFile> StageAsync(string path, Stream content, CancellationToken ct = default);

    /// <summary>Moves a staged file into place, replacing an existing file.</summary>
    Task PublishStagedAsync(StagedMediaFile staged, CancellationToken ct = default);

    /// <summary>Deletes a staged file; a file already published or discarded is ignored.</summary>
    Task DiscardStagedAsync(StagedMediaFile staged, CancellationToken ct = default);

    /// <summary>The folder's direct sub-folders and files (hidden names left out), or null when the folder does not exist; null or empty means the root.</summary>
    Task<IReadOnlyList<MediaEntry>?> ListFolderAsync(string? folder, CancellationToken ct = default);

    /// <summary>Every file under the root, in no particular order.</summary>
    Task<IReadOnlyList<MediaFileInfo>> ListAllFilesAsync(CancellationToken ct = default);

    /// <summary>Creates the folder (and its parents); false when it already existed.</summary>
    Task<bool> CreateFolderAsync(string path, CancellationToken ct = default);

    /// <summary>Deletes an empty folder; false when it did not exist.</summary>
    /// <exception cref="IOException">The folder is not empty.</exception>
    Task<bool> DeleteFolderAsync(string path, CancellationToken ct = default);
}
