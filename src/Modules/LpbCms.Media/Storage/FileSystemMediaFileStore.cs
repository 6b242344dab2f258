using LpbCms.Core.Media;
using Microsoft.Extensions.Options;

namespace LpbCms.Media.Storage;

/// <summary>
/// Media on the local disk under <see cref="MediaOptions.RootPath"/>; staged files wait in
/// <see cref="MediaOptions.StagingPath"/> and are moved into place with an atomic rename.
/// </summary>
public sealed class FileSystemMediaFileStore : IMediaFileStore
{
    private const int BufferSize = 81920;

    private readonly string _root;
    private readonly string _staging;

    public FileSystemMediaFileStore(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        if (!Path.IsPathFullyQualified(value.RootPath) || !Path.IsPathFullyQualified(value.StagingPath))
        {
            throw new InvalidOperationException($"MediaOptions.RootPath ('{value.RootPath}') and StagingPath ('{value.StagingPath}') must be absolute folders.");
        }

        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(value.RootPath));
        _staging = Path.TrimEndingDirectorySeparator(Path.GetFullPath(value.StagingPath));
    }

    public Task<MediaFileInfo?> GetFileInfoAsync(string path, CancellationToken ct = default)
    {
        var (normalized, physical) = Map(path);
        var file = new FileInfo(physical);
        return Task.FromResult(file.Exists
            ? new MediaFileInfo(normalized, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero))
            : null);
    }

    public Task<Stream> OpenReadAsync(string path, CancellationToken ct = default)
    {
        var (_, physical) = Map(path);
        Stream stream = new FileStream(physical, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Task.FromResult(stream);
    }

    public async Task SaveAsync(string path, Stream content, CancellationToken ct = default)
    {
        var staged = await StageAsync(path, content, ct);
        try
        {
            await PublishStagedAsync(staged, ct);
        }
        catch
        {
            await DiscardStagedAsync(staged, CancellationToken.None);
            throw;
        }
    }

    public Task<bool> DeleteAsync(string path, CancellationToken ct = default)
    {
        var (_, physical) = Map(path);
        if (!File.Exists(physical))
        {
            return Task.FromResult(false);
        }

        File.Delete(physical);
        return Task.FromResult(true);
    }

    public async Task<StagedMediaFile> StageAsync(string path, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (normalized, _) = Map(path);
        var staged = new StagedMediaFile(normalized, Guid.NewGuid().ToString("N"));
        var stagingFile = StagingFile(staged);
        Directory.CreateDirectory(_staging);
        try
        {
            await using var target = new FileStream(stagingFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await content.CopyToAsync(target, ct);
            await target.FlushAsync(ct);
        }
        catch
        {
            File.Delete(stagingFile);
            throw;
        }

        return staged;
    }

    public Task PublishStagedAsync(StagedMediaFile staged, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staged);
        ct.ThrowIfCancellationRequested();
        var (_, physical) = Map(staged.TargetPath);
        Directory.CreateDirectory(Path.GetDirectoryName(physical)!);
        File.Move(StagingFile(staged), physical, overwrite: true);
        return Task.CompletedTask;
    }

    public Task DiscardStagedAsync(StagedMediaFile staged, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staged);
        File.Delete(StagingFile(staged));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MediaEntry>?> ListFolderAsync(string? folder, CancellationToken ct = default)
    {
        var (normalized, physical) = string.IsNullOrEmpty(folder) ? ("", _root) : Map(folder);
        var directory = new DirectoryInfo(physical);
        if (!directory.Exists)
        {
            return Task.FromResult<IReadOnlyList<MediaEntry>?>(normalized.Length == 0 ? [] : null);
        }

        var prefix = normalized.Length == 0 ? "" : normalized + "/";
        var entries = new List<MediaEntry>();
        foreach (var info in directory.EnumerateFileSystemInfos())
        {
            ct.ThrowIfCancellationRequested();
            if (!MediaPath.TryNormalize(prefix + info.Name, out var path, out _))
            {
                // Hidden or otherwise unaddressable names cannot be served or picked; leave them out.
                continue;
            }

            var isFolder = info is DirectoryInfo;
            var length = info is FileInfo file ? file.Length : 0;
            entries.Add(new MediaEntry(path, info.Name, isFolder, length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero)));
        }

        return Task.FromResult<IReadOnlyList<MediaEntry>?>(entries);
    }

    public Task<IReadOnlyList<MediaFileInfo>> ListAllFilesAsync(CancellationToken ct = default)
    {
        var files = new List<MediaFileInfo>();
        if (Directory.Exists(_root))
        {
            foreach (var file in new DirectoryInfo(_root).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                ct.ThrowIfCancellationRequested();
                var relative = Path.GetRelativePath(_root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (MediaPath.TryNormalize(relative, out var path, out _))
                {
                    files.Add(new MediaFileInfo(path, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<MediaFileInfo>>(files);
    }

    public Task<bool> CreateFolderAsync(string path, CancellationToken ct = default)
    {
        var (_, physical) = Map(path);
        if (Directory.Exists(physical))
        {
            return Task.FromResult(false);
        }

        if (File.Exists(physical))
        {
            throw new IOException($"A file named '{path}' already exists.");
        }

        Directory.CreateDirectory(physical);
        return Task.FromResult(true);
    }

    public Task<bool> DeleteFolderAsync(string path, CancellationToken ct = default)
    {
        var (_, physical) = Map(path);
        if (!Directory.Exists(physical))
        {
            return Task.FromResult(false);
        }

        if (Directory.EnumerateFileSystemEntries(physical).Any())
        {
            throw new IOException($"The folder '{path}' is not empty.");
        }

        Directory.Delete(physical, recursive: false);
        return Task.FromResult(true);
    }

    private (string Normalized, string Physical) Map(string path)
    {
        var normalized = MediaPath.Normalize(path);
        var physical = Path.GetFullPath(Path.Combine(_root, normalized));

        // MediaPath already refuses escapes; this guards the mapping itself.
        if (!physical.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidMediaPathException($"The media path '{path}' leaves the media root.");
        }

        return (normalized, physical);
    }

    private string StagingFile(StagedMediaFile staged)
    {
        // The id becomes a file name; only our own 32-hex-digit ids are accepted.
        if (staged.StagingId.Length != 32 || !staged.StagingId.All(char.IsAsciiHexDigitLower))
        {
            throw new InvalidMediaPathException($"'{staged.StagingId}' is not a staging id.");
        }

        return Path.Combine(_staging, staged.StagingId);
    }
}
