using LpbCms.Core.Recipes;
using LpbCms.Core.Settings;
using LpbCms.Core.Setup;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LpbCms.Core.Deployment;

/// <summary>
/// Restores a backup into an empty site: unpacks and checks the package in a private temporary
/// folder, then runs its Recipe.json through the normal recipe engine, read step by step, in one
/// transaction (media staged and moved into place only when it commits). A site that is not set
/// up yet is set up with the package as its recipe, so the administrator, the restored data and
/// the "set up" mark commit together. A site that holds content is refused.
/// </summary>
public sealed class DeploymentPackageImporter(
    DeploymentPackageExtractor extractor,
    StreamedRecipeReader reader,
    IRecipeExecutor executor,
    SetupService setup,
    ISiteService siteService,
    IContentStore store,
    IAppLock appLock,
    ILogger<DeploymentPackageImporter> logger)
{
    public const string LockName = "backup-import";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <exception cref="DeploymentPackageException">The package is refused, or the site is not empty; nothing was stored.</exception>
    /// <exception cref="RecipeException">A step failed; nothing was stored.</exception>
    public async Task<RecipeResult> ImportAsync(Stream package, IProgress<RecipeProgress>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        var folder = Path.Combine(Path.GetTempPath(), "lpbcms-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await extractor.ExtractAsync(package, folder, ct);
            var recipe = await reader.ReadFileAsync(Path.Combine(folder, DeploymentPackage.RecipeEntry), ct);
            await using var lease = await appLock.AcquireAsync(LockName, LockTimeout, ct);
            if (await setup.RunSetupAsync(recipe, progress, ct) is { } setupResult)
            {
                return setupResult;
            }

            if ((await store.ListVersionsAfterAsync(0, 1, currentOnly: false, ct)).Count > 0)
            {
                throw new DeploymentPackageException(DeploymentRefusal.SiteNotEmpty, "The site already has content; a backup is restored only into an empty site (a new data folder or database).");
            }

            var settings = await siteService.GetSiteSettingsAsync(ct);
            var context = new RecipeExecutionContext { Progress = progress, Parameters = SetupState.RecipeParameters(settings) };
            return await executor.ExecuteAsync(recipe, context, ct);
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    private void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "The import folder {Folder} could not be deleted.", folder);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning(ex, "The import folder {Folder} could not be deleted.", folder);
        }
    }
}
