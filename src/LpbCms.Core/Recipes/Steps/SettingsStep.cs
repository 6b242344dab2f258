using System.Text.Json.Nodes;
using LpbCms.Core.Settings;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "settings", "HomeRoute": {...}, "SiteName": "...", ...}</c>: merges every property
/// into the site settings document (objects merged property by property, other values replaced).
/// </summary>
public sealed class SettingsStep(ISiteService siteService) : IRecipeStepHandler
{
    public string StepName => "settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changes = RecipeJson.ToCaseSensitive(context.Step)!.AsObject();
        foreach (var key in changes.Select(p => p.Key).Where(k => string.Equals(k, "name", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            changes.Remove(key);
        }

        await siteService.UpdateAsync(settings => JsonMerge.Into(settings, changes), ct);
    }
}
