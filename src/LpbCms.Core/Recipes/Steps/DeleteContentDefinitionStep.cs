using LpbCms.Core.Contents.Metadata;
using Microsoft.Extensions.Logging;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "DeleteContentDefinition", "ContentTypes": ["Name"], "ContentParts": ["Name"]}</c>:
/// removes the named definitions (content items are kept, as in Orchard). A name that is not
/// defined is logged and ignored, so running the recipe again does no harm.
/// </summary>
public sealed class DeleteContentDefinitionStep(IContentDefinitionManager definitions, ILogger<DeleteContentDefinitionStep> logger) : IRecipeStepHandler
{
    public string StepName => "DeleteContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = ContentDefinitionStepReader.ReadNames(context, "ContentTypes");
        var parts = ContentDefinitionStepReader.ReadNames(context, "ContentParts");
        await definitions.UpdateAsync(
            document =>
            {
                foreach (var name in types)
                {
                    Remove(document.ContentTypes, t => t.Name, name, "type", context.Recipe.Name);
                }

                foreach (var name in parts)
                {
                    Remove(document.ContentParts, p => p.Name, name, "part", context.Recipe.Name);
                }
            },
            ct);
    }

    private void Remove<T>(IList<T> list, Func<T, string> nameOf, string name, string kind, string recipe)
    {
        var matches = list.Where(item => string.Equals(nameOf(item), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            logger.LogInformation("Recipe {Recipe} deletes content {Kind} {Name}, which is not defined.", recipe, kind, name);
        }

        foreach (var match in matches)
        {
            list.Remove(match);
        }
    }
}
