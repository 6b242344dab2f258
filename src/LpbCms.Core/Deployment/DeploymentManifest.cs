using System.Text.Json;

namespace LpbCms.Core.Deployment;

/// <summary>Reads <c>Package.json</c>: only the format version matters for reading a package.</summary>
public static class DeploymentManifest
{
    public const string FormatVersionKey = "formatVersion";

    /// <exception cref="DeploymentPackageException">No readable manifest, or a format this version does not read.</exception>
    public static async Task CheckAsync(Stream manifest, CancellationToken ct = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(manifest, default, ct);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new DeploymentPackageException(DeploymentRefusal.UnknownFormat, $"{DeploymentPackage.ManifestEntry} is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(FormatVersionKey, out var version)
                || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number))
            {
                throw new DeploymentPackageException(DeploymentRefusal.UnknownFormat, $"{DeploymentPackage.ManifestEntry} has no numeric '{FormatVersionKey}'.");
            }

            if (number != DeploymentPackage.FormatVersion)
            {
                throw new DeploymentPackageException(DeploymentRefusal.UnknownFormat, $"The package has format version {number}; this version of LpbCms reads format version {DeploymentPackage.FormatVersion} only.");
            }
        }
    }
}
