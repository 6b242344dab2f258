using LpbCms.Core.Deployment;
using LpbCms.Media.Storage;

namespace LpbCms.Media.Deployment;

/// <summary>
/// Every media file, copied stream to stream into the package under <c>Media/</c>, and Orchard's
/// <c>media</c> step pointing at them (<c>SourcePath</c> relative to Recipe.json), so the normal
/// media step restores them.
/// </summary>
public sealed class MediaDeploymentSource(IMediaFileStore store) : IDeploymentSource, IDeploymentFileSource
{
    public int Order => 500;

    public async Task WriteFilesAsync(DeploymentFileWriter files, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var path in await ListPathsAsync(ct))
        {
            await using var content = await store.OpenReadAsync(path, ct);
            await files.AddAsync(DeploymentPackage.MediaFolder + path, content, ct);
        }
    }

    public async Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = await ListPathsAsync(ct);
        if (paths.Count == 0)
        {
            return;
        }

        var writer = context.Writer;
        writer.WriteStartObject();
        writer.WriteString("name", "media");
        writer.WriteStartArray("Files");
        foreach (var path in paths)
        {
            writer.WriteStartObject();
            writer.WriteString("TargetPath", path);
            writer.WriteString("SourcePath", DeploymentPackage.MediaFolder + path);
            writer.WriteEndObject();
            await context.FlushIfFullAsync(ct);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private async Task<List<string>> ListPathsAsync(CancellationToken ct) =>
        [.. (await store.ListAllFilesAsync(ct)).Select(f => f.Path).Order(StringComparer.Ordinal)];
}
