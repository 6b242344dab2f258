using System.Security.Claims;
using System.Text;
using LpbCms.Admin.Auditing;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Identity;

namespace LpbCms.Admin.Services;

/// <summary>
/// Runs an uploaded recipe as the command line does: parsed, then every step in one transaction,
/// nothing stored when any step fails. The run's audit entry is written inside that transaction;
/// a failure is recorded after the rollback, so the trail shows failed attempts too.
/// </summary>
public sealed class RecipeUploadRunner(
    IRecipeReader reader,
    IRecipeExecutor executor,
    IUnitOfWork unitOfWork,
    ISiteService siteService,
    UserManager<LpbUser> users,
    AuditRecorder audit)
{
    /// <summary>Larger than any recipe LPB exports (content included), small enough to read into memory.</summary>
    public const long MaxBytes = 30L * 1024 * 1024;

    /// <exception cref="RecipeException">The recipe is not valid or a step failed; nothing of it was stored.</exception>
    public async Task<RecipeResult> RunAsync(ClaimsPrincipal actor, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        string? recipeName = null;
        try
        {
            using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var recipe = reader.Parse(await text.ReadToEndAsync(ct), basePath: null, filePath: fileName);
            recipeName = recipe.Name;
            if (recipe.IsSetupRecipe)
            {
                throw new RecipeException(recipe.Name, null, null, "$.issetuprecipe", "A setup recipe only runs when the site is set up.");
            }

            var context = await CreateContextAsync(actor, ct);
            await using var transaction = await unitOfWork.BeginAsync(ct);
            var result = await executor.ExecuteAsync(recipe, context, ct);
            await audit.RecordAsync(
                AuditActions.RecipeRun,
                details: new { Recipe = result.RecipeName, File = fileName, Steps = result.StepsExecuted, Skipped = result.SkippedSteps },
                ct: ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (RecipeException ex)
        {
            await audit.RecordAsync(
                AuditActions.RecipeFailed,
                details: new { Recipe = recipeName ?? ex.RecipeName, File = fileName, Step = ex.StepIndex, ex.StepName, Path = ex.JsonPath, ex.Detail },
                ct: CancellationToken.None);
            throw;
        }
    }

    /// <summary>The admin's recipe runs on behalf of the signed-in user: its parameters name them, not the setup admin.</summary>
    private async Task<RecipeExecutionContext> CreateContextAsync(ClaimsPrincipal actor, CancellationToken ct)
    {
        var settings = await siteService.GetSiteSettingsAsync(ct);
        var user = await users.GetUserAsync(actor);
        return new RecipeExecutionContext
        {
            Parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["SiteName"] = settings["SiteName"]?.GetValue<string>(),
                ["AdminUserId"] = user?.Id,
                ["AdminUsername"] = user?.UserName,
                ["AdminEmail"] = user?.Email,
            },
        };
    }
}
