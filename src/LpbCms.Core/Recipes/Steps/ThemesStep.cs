using System.Text.Json.Nodes;
using LpbCms.Core.Settings;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "themes", "site": "...", "admin": "..."}</c>: records the site and admin themes in the
/// site settings as <c>Themes: {Site, Admin}</c>; a theme the step does not name is left as it was.
/// </summary>
public sealed class ThemesStep(ISiteService siteService) : IRecipeStepHandler
{
    public const string SettingsKey = "Themes";

    public string StepName => "themes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = StepJson.OptionalString(context, context.Step, "$", "site");
        var admin = StepJson.OptionalString(context, context.Step, "$", "admin");

        await siteService.UpdateAsync(
            settings =>
            {
                var themes = new JsonObject();
                if (site is not null)
                {
                    themes["Site"] = site;
                }

                if (admin is not null)
                {
                    themes["Admin"] = admin;
                }

                if (settings[SettingsKey] is JsonObject current)
                {
                    JsonMerge.Into(current, themes);
                }
                else
                {
                    settings[SettingsKey] = themes;
                }
            },
            ct);
    }
}
