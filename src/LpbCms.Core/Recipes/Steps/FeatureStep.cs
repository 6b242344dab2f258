using System.Text.Json.Nodes;
using LpbCms.Core.Settings;
using Microsoft.Extensions.Logging;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "feature", "enable": [...], "disable": [...]}</c>: records the enabled feature ids in
/// the site settings under <c>Features</c> (features are not switched at run time here: modules are
/// composed by the host) and tells <see cref="IFeatureEnabledHandler"/>s, so modules can create what
/// Orchard's feature migrations create. Ids no <see cref="IFeatureCatalog"/> knows are not recorded.
/// </summary>
public sealed class FeatureStep(
    ISiteService siteService,
    IEnumerable<IFeatureCatalog> catalogs,
    IEnumerable<IFeatureEnabledHandler> enabledHandlers,
    ILogger<FeatureStep> logger) : IRecipeStepHandler
{
    public const string SettingsKey = "Features";

    private readonly List<IFeatureCatalog> _catalogs = catalogs.ToList();

    public string StepName => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enable = StepJson.Strings(context, context.Step, "$", "enable");
        var disable = StepJson.Strings(context, context.Step, "$", "disable");

        var known = new List<string>();
        foreach (var id in enable)
        {
            if (_catalogs.Count == 0 || _catalogs.Any(c => c.IsKnown(id)))
            {
                known.Add(id);
            }
            else
            {
                logger.LogInformation("Recipe {Recipe} enables feature {Feature}, which this site does not have; it is ignored.", context.Recipe.Name, id);
            }
        }

        await siteService.UpdateAsync(settings => settings[SettingsKey] = Record(settings[SettingsKey], known, disable), ct);

        foreach (var id in enable)
        {
            foreach (var handler in enabledHandlers)
            {
                await handler.FeatureEnabledAsync(id, ct);
            }
        }
    }

    private static JsonArray Record(JsonNode? current, IEnumerable<string> enable, IReadOnlyList<string> disable)
    {
        var ids = current is JsonArray array
            ? array.Select(RecipeJson.ReadString).OfType<string>().ToList()
            : [];
        ids.AddRange(enable.Where(id => !ids.Contains(id, StringComparer.Ordinal)));
        ids.RemoveAll(id => disable.Contains(id, StringComparer.Ordinal));
        return new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
    }
}
