using System.Diagnostics;
using System.Globalization;
using LpbCms.Core.Recipes;
using LpbCms.Core.Settings;
using LpbCms.Core.Setup;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Commands;

/// <summary>
/// <c>recipe run &lt;file&gt;</c>: reads the file, sets the site up first when needed (with the file
/// itself when it is a setup recipe), runs it in one transaction and prints the outcome.
/// Returns the process exit code: 0 done, 1 failed (nothing of the recipe stored).
/// </summary>
public sealed class RecipeRunCommand(
    IRecipeReader reader,
    IRecipeExecutor executor,
    SetupService setupService,
    ISiteService siteService,
    ILogger<RecipeRunCommand> logger)
{
    public const int FailedExitCode = 1;

    public async Task<int> RunAsync(string file, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var path = RecipeFilePath.Resolve(file, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"));
            var recipe = await reader.ReadFileAsync(path, ct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recipe '{recipe.Name}' ({path}): {recipe.Steps.Count} steps."));
            var stopwatch = Stopwatch.StartNew();
            var result = await RunAsync(recipe, output, ct);
            Print(result, stopwatch.Elapsed, output);
            return 0;
        }
        catch (Exception ex) when (ex is RecipeException or SetupException or DatabaseUnavailableException or TimeoutException or OptionsValidationException)
        {
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine("Nothing of the recipe was stored.");
            return FailedExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Cancelled; nothing of the recipe was stored.");
            return FailedExitCode;
        }
        catch (Exception ex)
        {
            // Unexpected: the log keeps the stack trace for whoever fixes it, the console says what happened.
            logger.LogError(ex, "Running recipe file {File} failed.", file);
            error.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return FailedExitCode;
        }
    }

    private async Task<RecipeResult> RunAsync(RecipeDescriptor recipe, TextWriter output, CancellationToken ct)
    {
        var progress = new ConsoleRecipeProgress(output);
        if (recipe.IsSetupRecipe
            && await setupService.RunSetupAsync(recipe, progress, ct) is { } setupResult)
        {
            output.WriteLine("The site was not set up yet: the recipe ran as its setup recipe.");
            return setupResult;
        }

        if (await setupService.RunSetupAsync(null, null, ct) is { } configuredSetup)
        {
            output.WriteLine($"The site was not set up yet: setup recipe '{configuredSetup.RecipeName}' ran first.");
        }

        return await executor.ExecuteAsync(recipe, await CreateContextAsync(progress, ct), ct);
    }

    /// <summary>Outside setup there is no signed-in user: the parameters name the admin created at setup.</summary>
    private async Task<RecipeExecutionContext> CreateContextAsync(IProgress<RecipeProgress> progress, CancellationToken ct)
    {
        var settings = await siteService.GetSiteSettingsAsync(ct);
        return new RecipeExecutionContext { Progress = progress, Parameters = SetupState.RecipeParameters(settings) };
    }

    private static void Print(RecipeResult result, TimeSpan elapsed, TextWriter output)
    {
        var skipped = result.SkippedSteps.Count == 0 ? "" : $" ({string.Join(", ", result.SkippedSteps)})";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Done in {elapsed.TotalSeconds:0.00} s: recipe '{result.RecipeName}' ran {result.StepsExecuted} steps, skipped {result.SkippedSteps.Count}{skipped}."));
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"  warning: {warning}");
        }
    }
}
