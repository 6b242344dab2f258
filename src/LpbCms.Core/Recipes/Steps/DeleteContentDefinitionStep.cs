using LpbCms.Core.Contents.Metadata;
using Microsoft.Extensions.Logging;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "DeleteContentDefinition", "ContentTypes": ["Name"], "ContentParts": ["Name"]}</c>:
/// removes the named definitions, and a deleted part from every type that uses it (content items
/// are kept, as in Orchard; see <see cref="ContentDefinitionEditor.DeletePart"/>). A name that is not
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
                    Log(ContentDefinitionEditor.DeleteType(document, name), "type", name, context.Recipe.Name);
                }

                foreach (var name in parts)
                {
                    Log(ContentDefinitionEditor.DeletePart(document, name), "part", name, context.Recipe.Name);
                }
            },
            ct);
    }

    private void Log(bool removed, string kind, string name, string recipe)
    {
        if (!removed)
        {
            logger.LogInformation("Recipe {Recipe} deletes content {Kind} {Name}, which is not defined.", recipe, kind, name);
        }
    }
}
