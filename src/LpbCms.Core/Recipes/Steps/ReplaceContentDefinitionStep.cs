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
                    Replace(document.ContentParts, part, p => p.Name, part.Name);
                }

                foreach (var type in types)
                {
                    Replace(document.ContentTypes, type, t => t.Name, type.Name);
                }
            },
            ct);
    }

    private static void Replace<T>(IList<T> list, T replacement, Func<T, string> nameOf, string name)
    {
        var index = list.ToList().FindIndex(item => string.Equals(nameOf(item), name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            list[index] = replacement;
        }
        else
        {
            list.Add(replacement);
        }
    }
}
