using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LpbCms.Media.Storage;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace LpbCms.Media.Resizing;

/// <summary>
/// Resized variants of media images, rendered once with ImageSharp and kept on disk under
/// <see cref="MediaOptions.CachePath"/>: one folder per source path (a hash), one file per size,
/// mode, format and source version (its change time and length), so a replaced source never
/// serves an old variant. Rendering is limited to a few at a time and refuses sources above
/// <see cref="MaxSourcePixels"/>, so crafted requests cannot exhaust the server.
/// </summary>
public sealed class ResizedImageCache : IDisposable
{
    /// <summary>Sources larger than this (about 50 megapixels) are not decoded.</summary>
    public const long MaxSourcePixels = 50_000_000;

    private readonly string _root;
    private readonly SemaphoreSlim _rendering = new(Math.Max(1, Environment.ProcessorCount / 2));

    public ResizedImageCache(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.Value.CachePath;
        if (!Path.IsPathFullyQualified(path))
        {
            throw new InvalidOperationException($"MediaOptions.CachePath ('{path}') must be an absolute folder.");
        }

        _root = Path.GetFullPath(path);
    }

    /// <summary>The content type a variant of <paramref name="sourcePath"/> is served with.</summary>
    public static string ContentTypeOf(string sourcePath, ImageResizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FormatOf(sourcePath, request) switch
        {
            "png" => "image/png",
            "gif" => "image/gif",
            "webp" => "image/webp",
            _ => "image/jpeg",
        };
    }

    /// <summary>The cached variant's file, rendered first when missing.</summary>
    /// <exception cref="InvalidImageException">The source is not a decodable image or is too large.</exception>
    public async Task<string> GetOrCreateAsync(IMediaFileStore store, MediaFileInfo source, ImageResizeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        var format = FormatOf(source.Path, request);
        var file = Path.Combine(
            FolderOf(source.Path),
            string.Create(CultureInfo.InvariantCulture, $"{request.Width ?? 0}x{request.Height ?? 0}-{request.Mode}-{source.LastModifiedUtc.UtcTicks:x}-{source.Length:x}.{format}"));
        if (File.Exists(file))
        {
            return file;
        }

        await _rendering.WaitAsync(ct);
        try
        {
            if (!File.Exists(file))
            {
                await RenderAsync(store, source.Path, request, format, file, ct);
            }
        }
        finally
        {
            _rendering.Release();
        }

        return file;
    }

    /// <summary>Removes every variant of a source (after it was deleted).</summary>
    public void Invalidate(string sourcePath)
    {
        var folder = FolderOf(sourcePath);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose() => _rendering.Dispose();

    private static string FormatOf(string sourcePath, ImageResizeRequest request) =>
        request.Format ?? Path.GetExtension(sourcePath).TrimStart('.').ToLowerInvariant() switch
        {
            "png" => "png",
            "gif" => "gif",
            "webp" => "webp",
            _ => "jpg",
        };

    private static IImageEncoder EncoderFor(string format) => format switch
    {
        "png" => new PngEncoder(),
        "gif" => new GifEncoder(),
        "webp" => new WebpEncoder { Quality = 80 },
        _ => new JpegEncoder { Quality = 82 },
    };

    private static ResizeMode ModeOf(string mode) => mode switch
    {
        "crop" => ResizeMode.Crop,
        "pad" => ResizeMode.Pad,
        "stretch" => ResizeMode.Stretch,
        _ => ResizeMode.Max,
    };

    private static async Task RenderAsync(IMediaFileStore store, string sourcePath, ImageResizeRequest request, string format, string file, CancellationToken ct)
    {
        await using (var probe = await store.OpenReadAsync(sourcePath, ct))
        {
            var info = await Image.IdentifyAsync(probe, ct);
            if (info is null)
            {
                throw new InvalidImageException($"'{sourcePath}' is not an image ImageSharp can read.");
            }

            if ((long)info.Width * info.Height > MaxSourcePixels)
            {
                throw new InvalidImageException($"'{sourcePath}' has {info.Width}x{info.Height} pixels, more than the {MaxSourcePixels} that are resized.");
            }
        }

        await using var input = await store.OpenReadAsync(sourcePath, ct);
        Image image;
        try
        {
            image = await Image.LoadAsync(input, ct);
        }
        catch (UnknownImageFormatException ex)
        {
            throw new InvalidImageException($"'{sourcePath}' is not an image ImageSharp can read.", ex);
        }
        catch (ImageFormatException ex)
        {
            throw new InvalidImageException($"'{sourcePath}' is a damaged image.", ex);
        }

        using (image)
        {
            // A missing width or height (0) follows the other one, keeping the aspect ratio.
            var size = new Size(request.Width ?? 0, request.Height ?? 0);
            image.Mutate(x => x.AutoOrient().Resize(new ResizeOptions { Size = size, Mode = ModeOf(request.Mode), Sampler = KnownResamplers.Lanczos3 }));
            image.Metadata.ExifProfile = null;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                {
                    await image.SaveAsync(output, EncoderFor(format), ct);
                }

                File.Move(temporary, file, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }

    private string FolderOf(string sourcePath)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(MediaPath.Normalize(sourcePath))));
        return Path.Combine(_root, hash[..2], hash);
    }
}
