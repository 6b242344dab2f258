using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "ContentDefinition", "ContentTypes": [...], "ContentParts": [...]}</c>: creates the
/// listed types and parts, or merges them into existing ones as Orchard does: the display name is
/// replaced when given, settings are merged by settings-class name, part and field records are
/// merged by <c>Name</c>, and records the step does not list are kept (see <see cref="ContentDefinitionEditor.MergeType"/>).
/// </summary>
public sealed class ContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

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
                    ContentDefinitionEditor.MergePart(document, part);
                }

                foreach (var type in types)
                {
                    ContentDefinitionEditor.MergeType(document, type);
                }
            },
            ct);
    }
}
