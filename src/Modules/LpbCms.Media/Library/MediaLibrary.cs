using System.Globalization;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Media;
using LpbCms.Core.Storage;
using LpbCms.Media.Resizing;
using LpbCms.Media.Storage;
using Microsoft.Extensions.Options;

namespace LpbCms.Media.Library;

/// <summary>
/// <see cref="IMediaLibrary"/> on the media file store: uploads are checked for size, extension and
/// content signature, named safely and never overwrite; uses are found through the field index,
/// where every <c>MediaField</c> path is indexed as text.
/// </summary>
public sealed class MediaLibrary(
    IContentCatalog catalog,
    IMediaFileStore store,
    IOptions<MediaOptions> options,
    IContentDefinitionManager definitions,
    IContentStore contents,
    ResizedImageCache cache) : IMediaLibrary
{
    private const int MaxUsesPerQuery = 100;

    public IReadOnlyCollection<string> AllowedExtensions { get; } = [.. MediaFileTypes.ImageExtensions, .. MediaFileTypes.DocumentExtensions];

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<MediaFolderListing> ListAsync(string? folder, CancellationToken ct = default)
    {
        var normalized = NormalizeFolder(folder);
        var entries = await Refusing(() => store.ListFolderAsync(normalized, ct))
            ?? throw new MediaLibraryException(MediaLibraryError.NotFound, $"The media folder '{normalized}' does not exist.");
        return new MediaFolderListing(
            normalized,
            [.. entries.Where(e => e.IsFolder).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. entries.Where(e => !e.IsFolder).OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }

    public async Task<IReadOnlyList<MediaEntry>> ListImagesAsync(int max = 500, CancellationToken ct = default)
    {
        var files = await store.ListAllFilesAsync(ct);
        return
        [
            .. files.Where(f => MediaFileTypes.IsImage(f.Path))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .Take(max)
                .Select(f => new MediaEntry(f.Path, Path.GetFileName(f.Path), IsFolder: false, f.Length, f.LastModifiedUtc)),
        ];
    }

    public async Task<MediaEntry> UploadAsync(string? folder, string fileName, long length, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var max = MaxUploadBytes;
        if (length <= 0)
        {
            throw new MediaLibraryException(MediaLibraryError.Empty, "The upload is empty.");
        }

        if (length > max)
        {
            throw new MediaLibraryException(MediaLibraryError.TooLarge, $"The upload has {length} bytes; at most {max} are accepted.");
        }

        var name = Refusing(() => MediaFileName.Sanitize(fileName));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!AllowedExtensions.Contains(extension, StringComparer.Ordinal))
        {
            throw new MediaLibraryException(MediaLibraryError.TypeNotAllowed, $"Files of type '{extension}' are not accepted.");
        }

        var buffer = await ReadLimitedAsync(content, max, ct);
        if (!MediaSignatures.Matches(extension, buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, MediaSignatures.HeaderLength))))
        {
            throw new MediaLibraryException(MediaLibraryError.TypeNotAllowed, $"The content of '{name}' is not a {extension} file.");
        }

        var normalizedFolder = NormalizeFolder(folder);
        var path = await FreePathAsync(normalizedFolder, name, ct);
        try
        {
            await store.SaveAsync(path, buffer, ct);
        }
        catch (IOException ex) when (StorageFull.Is(ex))
        {
            // The store has removed its staged file already: nothing of the upload is left.
            throw new MediaLibraryException(MediaLibraryError.StorageFull, $"There is not enough disk space to store '{name}'.", ex);
        }

        var info = await store.GetFileInfoAsync(path, ct)
            ?? throw new IOException($"The media file '{path}' was saved but cannot be found.");
        return new MediaEntry(info.Path, Path.GetFileName(info.Path), IsFolder: false, info.Length, info.LastModifiedUtc);
    }

    public async Task<string> CreateFolderAsync(string? parent, string name, CancellationToken ct = default)
    {
        var safe = Refusing(() => MediaFileName.Sanitize(name));
        var normalizedParent = NormalizeFolder(parent);
        var path = Refusing(() => MediaPath.Normalize(normalizedParent.Length == 0 ? safe : normalizedParent + "/" + safe));
        if (await store.GetFileInfoAsync(path, ct) is not null || !await store.CreateFolderAsync(path, ct))
        {
            throw new MediaLibraryException(MediaLibraryError.AlreadyExists, $"'{path}' already exists.");
        }

        return path;
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken ct = default)
    {
        var normalized = Refusing(() => MediaPath.Normalize(path));
        if (await store.GetFileInfoAsync(normalized, ct) is not null)
        {
            var deleted = await store.DeleteAsync(normalized, ct);
            cache.Invalidate(normalized);
            return deleted;
        }

        try
        {
            return await store.DeleteFolderAsync(normalized, ct);
        }
        catch (IOException ex)
        {
            throw new MediaLibraryException(MediaLibraryError.FolderNotEmpty, $"The folder '{normalized}' is not empty.", ex);
        }
    }

    /// <summary>Field types whose indexed values are media paths (Orchard's MediaField), so the index finds the items using a file.</summary>
    private static bool IndexesMediaPaths(ContentFieldDescriptor? field) =>
        field?.IndexedProperty is { } indexed && field.FindProperty(indexed)?.Role == ContentPropertyRole.MediaPaths;

    public async Task<IReadOnlyList<MediaUse>> FindUsesAsync(string path, CancellationToken ct = default)
    {
        var normalized = Refusing(() => MediaPath.Normalize(path));
        var document = await definitions.GetDocumentAsync(ct);
        var uses = new Dictionary<string, MediaUse>(StringComparer.Ordinal);
        foreach (var type in document.ContentTypes)
        {
            foreach (var field in document.GetFields(type).Where(f => IndexesMediaPaths(catalog.FindField(f.FieldType))))
            {
                var filter = new ContentFieldFilter(new ContentFieldRef(field.PartInstanceName, field.Name), FilterOperator.Equal, new ContentFieldValue(Text: normalized));
                foreach (var scope in (VersionScope[])[VersionScope.Latest, VersionScope.Published])
                {
                    var query = new ContentQuery { Scope = scope, ContentTypes = [type.Name], FieldFilters = [filter], Take = MaxUsesPerQuery };
                    foreach (var item in (await contents.QueryAsync(query, ct)).Items)
                    {
                        uses.TryAdd(item.ContentItemId, new MediaUse(item.ContentItemId, item.ContentType, item.DisplayText));
                    }
                }
            }
        }

        return [.. uses.Values.OrderBy(u => u.DisplayText, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static string NormalizeFolder(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? "" : Refusing(() => MediaPath.Normalize(folder));

    private async Task<string> FreePathAsync(string folder, string name, CancellationToken ct)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{stem}-{i}{extension}");
            var path = Refusing(() => MediaPath.Normalize(folder.Length == 0 ? candidate : folder + "/" + candidate));
            if (await store.GetFileInfoAsync(path, ct) is null && await store.ListFolderAsync(path, ct) is null)
            {
                return path;
            }
        }
    }

    private static async Task<MemoryStream> ReadLimitedAsync(Stream content, long max, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new MediaLibraryException(MediaLibraryError.TooLarge, $"The upload has more than {max} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new MediaLibraryException(MediaLibraryError.Empty, "The upload is empty.");
        }

        buffer.Position = 0;
        return buffer;
    }

    private static T Refusing<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InvalidMediaPathException ex)
        {
            throw new MediaLibraryException(MediaLibraryError.InvalidPath, ex.Message, ex);
        }
    }
}
