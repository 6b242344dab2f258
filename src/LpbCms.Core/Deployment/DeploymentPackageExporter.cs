using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LpbCms.Core.Deployment;

/// <summary>
/// Writes a full backup to a stream as it is produced: media entries first (stream to stream),
/// then Recipe.json written with <see cref="Utf8JsonWriter"/> straight into its zip entry (each
/// source reads a page, writes it and lets it go), then Package.json. Memory stays flat however
/// large the site; the output stream needs no seeking (a response body will do).
/// </summary>
public sealed class DeploymentPackageExporter(IEnumerable<IDeploymentSource> sources, IEnumerable<IDeploymentFileSource> fileSources, TimeProvider time)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task ExportAsync(Stream output, DeploymentVersions versions, string? author, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var target = new AsyncWriteStream(output);
        var archive = await ZipArchive.CreateAsync(target, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await using (archive)
        {
            var files = new DeploymentFileWriter(archive);
            foreach (var source in fileSources)
            {
                await source.WriteFilesAsync(files, ct);
            }

            var now = time.GetUtcNow().UtcDateTime;
            await WriteRecipeAsync(archive, versions, author, now, ct);
            await WriteManifestAsync(archive, versions, now, ct);
        }

        await target.FlushAsync(ct);
    }

    private async Task WriteRecipeAsync(ZipArchive archive, DeploymentVersions versions, string? author, DateTime now, CancellationToken ct)
    {
        var entry = archive.CreateEntry(DeploymentPackage.RecipeEntry, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(ct);
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("name", "Backup");
        writer.WriteString("displayName", $"Backup {now:yyyy-MM-dd HH:mm} UTC");
        writer.WriteString("description", $"Full backup of an LpbCms site: definitions, settings, roles, API clients (without secrets), content ({(versions == DeploymentVersions.All ? "every version" : "published and latest versions")}) and media.");
        writer.WriteString("author", author ?? "");
        writer.WriteString("website", "");
        writer.WriteString("version", "1.0.0");
        writer.WriteBoolean("issetuprecipe", false);
        writer.WriteStartArray("categories");
        writer.WriteStringValue("backup");
        writer.WriteEndArray();
        writer.WriteStartArray("tags");
        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        var context = new DeploymentExportContext { Writer = writer, Versions = versions };
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            await source.WriteStepsAsync(context, ct);
            await context.FlushIfFullAsync(ct);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private static async Task WriteManifestAsync(ZipArchive archive, DeploymentVersions versions, DateTime now, CancellationToken ct)
    {
        var entry = archive.CreateEntry(DeploymentPackage.ManifestEntry, CompressionLevel.Fastest);
        await using var stream = await entry.OpenAsync(ct);
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber(DeploymentManifest.FormatVersionKey, DeploymentPackage.FormatVersion);
        writer.WriteString("createdUtc", now);
        writer.WriteString("generator", "LpbCms");
        writer.WriteString("versions", versions == DeploymentVersions.All ? "all" : "latest");
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }
}
