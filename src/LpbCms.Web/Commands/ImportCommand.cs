using System.Diagnostics;
using System.Globalization;
using LpbCms.Core.Deployment;
using LpbCms.Core.Recipes;
using LpbCms.Core.Setup;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Commands;

/// <summary>
/// <c>import &lt;file.zip&gt;</c>: restores a backup into a site without content (a site not set up
/// yet is set up with it). Returns the exit code: 0 restored, 1 refused or failed (nothing stored).
/// </summary>
public sealed class ImportCommand(DeploymentPackageImporter importer, ILogger<ImportCommand> logger)
{
    public async Task<int> RunAsync(string file, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var path = RecipeFilePath.Resolve(file, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"));
        try
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"error: the package '{path}' does not exist.");
                return RecipeRunCommand.FailedExitCode;
            }

            output.WriteLine($"Importing {path}.");
            var stopwatch = Stopwatch.StartNew();
            RecipeResult result;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous))
            {
                result = await importer.ImportAsync(stream, new ConsoleRecipeProgress(output), ct);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {stopwatch.Elapsed.TotalSeconds:0.00} s: the backup was restored ({result.StepsExecuted} steps)."));
            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"  note: {warning}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is DeploymentPackageException or RecipeException or SetupException or DatabaseUnavailableException or TimeoutException or OptionsValidationException or IOException)
        {
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine("Nothing of the package was stored.");
            return RecipeRunCommand.FailedExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Cancelled; nothing of the package was stored.");
            return RecipeRunCommand.FailedExitCode;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Importing {File} failed.", path);
            error.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return RecipeRunCommand.FailedExitCode;
        }
    }
}
