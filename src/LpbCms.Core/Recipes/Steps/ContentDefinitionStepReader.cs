using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// Reads the <c>ContentTypes</c> and <c>ContentParts</c> of a definition step (Orchard's
/// ContentDefinition shape) into definitions, failing at the JSON path of a wrong value.
/// Keys are matched ignoring case; settings are copied as they are.
/// </summary>
internal static class ContentDefinitionStepReader
{
    public static List<ContentTypeDefinition> ReadTypes(RecipeStepContext context)
    {
        var (array, path) = StepJson.Array(context, context.Step, "$", "ContentTypes");
        var types = new List<ContentTypeDefinition>();
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            var (obj, typePath) = StepJson.Element(context, array, path, i);
            var type = new ContentTypeDefinition
            {
                Name = StepJson.RequiredString(context, obj, typePath, "Name"),
                DisplayName = StepJson.OptionalString(context, obj, typePath, "DisplayName"),
                Settings = StepJson.ObjectCopy(context, obj, typePath, "Settings"),
            };

            var (parts, partsPath) = StepJson.Array(context, obj, typePath, "ContentTypePartDefinitionRecords");
            for (var j = 0; parts is not null && j < parts.Count; j++)
            {
                var (part, partPath) = StepJson.Element(context, parts, partsPath, j);
                var partName = StepJson.RequiredString(context, part, partPath, "PartName");
                type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition
                {
                    PartName = partName,

                    // Orchard names the part instance after the part when the recipe does not say.
                    Name = StepJson.OptionalString(context, part, partPath, "Name") is { Length: > 0 } name ? name : partName,
                    Settings = StepJson.ObjectCopy(context, part, partPath, "Settings"),
                });
            }

            types.Add(type);
        }

        return types;
    }

    public static List<ContentPartDefinition> ReadParts(RecipeStepContext context)
    {
        var (array, path) = StepJson.Array(context, context.Step, "$", "ContentParts");
        var parts = new List<ContentPartDefinition>();
        for (var i = 0; array is not null && i < array.Count; i++)
        {
            var (obj, partPath) = StepJson.Element(context, array, path, i);
            var part = new ContentPartDefinition
            {
                Name = StepJson.RequiredString(context, obj, partPath, "Name"),
                Settings = StepJson.ObjectCopy(context, obj, partPath, "Settings"),
            };

            var (fields, fieldsPath) = StepJson.Array(context, obj, partPath, "ContentPartFieldDefinitionRecords");
            for (var j = 0; fields is not null && j < fields.Count; j++)
            {
                var (field, fieldPath) = StepJson.Element(context, fields, fieldsPath, j);
                part.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinition
                {
                    FieldName = StepJson.RequiredString(context, field, fieldPath, "FieldName"),
                    Name = StepJson.RequiredString(context, field, fieldPath, "Name"),
                    Settings = StepJson.ObjectCopy(context, field, fieldPath, "Settings"),
                });
            }

            parts.Add(part);
        }

        return parts;
    }

    /// <summary>Names listed as text in <c>ContentTypes</c> or <c>ContentParts</c> (the delete step's shape).</summary>
    public static IReadOnlyList<string> ReadNames(RecipeStepContext context, string key) =>
        StepJson.Strings(context, context.Step, "$", key);
}
