using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "ReplaceContentDefinition", "ContentTypes": [...], "ContentParts": [...]}</c>: the
/// listed types and parts replace any existing definitions of the same name wholesale (records
/// the step does not list are dropped). Content items are not touched.
/// </summary>
public sealed class ReplaceContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string StepName => "ReplaceContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = ContentDefinitionStepReader.ReadTypes(context);
        var parts = ContentDefinitionStepReader.ReadParts(context);
        await definitions.UpdateAsync(
            document =>
            {
                foreach (var part in parts)
                {
                    ContentDefinitionEditor.ReplacePart(document, part);
                }

                foreach (var type in types)
                {
                    ContentDefinitionEditor.ReplaceType(document, type);
                }
            },
            ct);
    }
}
