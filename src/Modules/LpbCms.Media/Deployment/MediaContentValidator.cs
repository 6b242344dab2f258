using LpbCms.Core.Deployment;
using LpbCms.Media.Library;

namespace LpbCms.Media.Deployment;

/// <summary>
/// Refuses a package whose media file's content does not match its extension (the same check as
/// uploads, plus SVG, which the media step may bring): a renamed HTML file is not restored as an image.
/// </summary>
public sealed class MediaContentValidator : IDeploymentFileValidator
{
    public async Task<string?> ValidateAsync(string entryPath, string filePath, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entryPath);
        if (!entryPath.StartsWith(DeploymentPackage.MediaFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var extension = Path.GetExtension(entryPath).ToLowerInvariant();
        if (extension == ".svg")
        {
            return await SvgSignature.MatchesFileAsync(filePath, ct) ? null : Refusal(entryPath, "an SVG image without script");
        }

        if (!MediaSignatures.IsKnown(extension))
        {
            return null;
        }

        var header = new byte[MediaSignatures.HeaderLength];
        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        var read = await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        return MediaSignatures.Matches(extension, header.AsSpan(0, read)) ? null : Refusal(entryPath, $"a {extension} file");
    }

    private static string Refusal(string entryPath, string expected) =>
        $"The media file '{entryPath}' is not {expected}: its content does not match its extension. The package is refused.";
}
