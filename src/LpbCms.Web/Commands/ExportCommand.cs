using System.Diagnostics;
using System.Globalization;
using LpbCms.Core.Deployment;
using LpbCms.Core.Storage;

namespace LpbCms.Web.Commands;

/// <summary>
/// <c>export &lt;file.zip&gt;</c>: writes a full backup. The package is written beside the target
/// under a temporary name and renamed when complete, so a failed export leaves no half file.
/// Returns the exit code: 0 written, 1 failed.
/// </summary>
public sealed class ExportCommand(DeploymentPackageExporter exporter, ILogger<ExportCommand> logger)
{
    public async Task<int> RunAsync(string file, DeploymentVersions versions, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var path = RecipeFilePath.ResolveOutput(file, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"));
        var partial = path + ".partial";
        try
        {
            var stopwatch = Stopwatch.StartNew();
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await exporter.ExportAsync(stream, versions, Environment.UserName, ct);
            }

            File.Move(partial, path, overwrite: true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Backup written to {path} ({new FileInfo(path).Length} bytes, {(versions == DeploymentVersions.All ? "every version" : "published and latest versions")}) in {stopwatch.Elapsed.TotalSeconds:0.00} s."));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DatabaseUnavailableException or OperationCanceledException)
        {
            File.Delete(partial);
            error.WriteLine(ex is OperationCanceledException ? "Cancelled; no backup was written." : $"error: the backup could not be written to {path}: {ex.Message}");
            return RecipeRunCommand.FailedExitCode;
        }
        catch (Exception ex)
        {
            File.Delete(partial);
            logger.LogError(ex, "Exporting to {File} failed.", path);
            error.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return RecipeRunCommand.FailedExitCode;
        }
    }
}
