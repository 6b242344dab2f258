using System.IO.Compression;

namespace LpbCms.Core.Deployment;

/// <summary>Copies files into the package's zip, stream to stream.</summary>
public sealed class DeploymentFileWriter(ZipArchive archive)
{
    /// <param name="entryPath">The path inside the zip, with <c>/</c> separators (e.g. <c>Media/logo.png</c>).</param>
    public async Task AddAsync(string entryPath, Stream content, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entryPath);
        ArgumentNullException.ThrowIfNull(content);
        var entry = archive.CreateEntry(entryPath, CompressionLevel.Fastest);
        await using var target = await entry.OpenAsync(ct);
        await content.CopyToAsync(target, ct);
    }
}
