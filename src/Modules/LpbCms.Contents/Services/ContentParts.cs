using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Services;

/// <summary>Finds the instances of a part on an item, by its type definition (or by the part name when the type is not defined).</summary>
public static class ContentParts
{
    public static IReadOnlyList<PartInstance> Find(ContentItem item, ContentTypeDefinition? type, string partName)
    {
        if (type is null)
        {
            return item.Content[partName] is JsonObject part ? [new PartInstance(partName, part, [])] : [];
        }

        var found = new List<PartInstance>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            if (typePart.PartName == partName && item.Content[typePart.Name] is JsonObject json)
            {
                found.Add(new PartInstance(typePart.Name, json, typePart.Settings));
            }
        }

        return found;
    }

    /// <summary>A string property of a part, or null when absent or not a string.</summary>
    public static string? GetString(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>True only when the property is the JSON value <c>true</c>.</summary>
    public static bool IsTrue(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
