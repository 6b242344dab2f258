using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "ContentDefinition", "ContentTypes": [...], "ContentParts": [...]}</c>: creates the
/// listed types and parts, or merges them into existing ones as Orchard does: the display name is
/// replaced when given, settings are merged by settings-class name, part and field records are
/// merged by <c>Name</c>, and records the step does not list are kept.
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
                    MergePart(document, part);
                }

                foreach (var type in types)
                {
                    MergeType(document, type);
                }
            },
            ct);
    }

    private static void MergeType(ContentDefinitionDocument document, ContentTypeDefinition incoming)
    {
        var existing = document.ContentTypes.FirstOrDefault(t => string.Equals(t.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            document.ContentTypes.Add(incoming);
            return;
        }

        existing.DisplayName = incoming.DisplayName ?? existing.DisplayName;
        ContentDefinitionStepReader.MergeSettings(existing.Settings, incoming.Settings);
        foreach (var part in incoming.ContentTypePartDefinitionRecords)
        {
            var current = existing.ContentTypePartDefinitionRecords.FirstOrDefault(p => string.Equals(p.Name, part.Name, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                existing.ContentTypePartDefinitionRecords.Add(part);
                continue;
            }

            current.PartName = part.PartName;
            ContentDefinitionStepReader.MergeSettings(current.Settings, part.Settings);
        }
    }

    private static void MergePart(ContentDefinitionDocument document, ContentPartDefinition incoming)
    {
        var existing = document.ContentParts.FirstOrDefault(p => string.Equals(p.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            document.ContentParts.Add(incoming);
            return;
        }

        ContentDefinitionStepReader.MergeSettings(existing.Settings, incoming.Settings);
        foreach (var field in incoming.ContentPartFieldDefinitionRecords)
        {
            var current = existing.ContentPartFieldDefinitionRecords.FirstOrDefault(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                existing.ContentPartFieldDefinitionRecords.Add(field);
                continue;
            }

            current.FieldName = field.FieldName;
            ContentDefinitionStepReader.MergeSettings(current.Settings, field.Settings);
        }
    }
}
