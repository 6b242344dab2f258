using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>The fields of a type's own part (the part definition named after the type).</summary>
public static partial class ContentDefinitionEditor
{
    /// <summary>The part definition holding the fields added to the type.</summary>
    public static ContentPartDefinition RequireOwnPart(ContentDefinitionDocument document, string typeName)
    {
        var type = RequireType(document, typeName);
        return document.FindPartDefinition(type.Name) ?? throw new ContentTypeEditException($"Het type '{typeName}' heeft geen eigen velden.");
    }

    public static ContentPartFieldDefinition RequireField(ContentPartDefinition part, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == fieldName) ?? throw new ContentTypeEditException(MissingField(fieldName));
    }

    /// <summary>The fields of the type's own part in display order (empty when it has none).</summary>
    public static IReadOnlyList<ContentPartFieldDefinition> OrderedFields(ContentDefinitionDocument document, string typeName)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FindPartDefinition(typeName) is { } part ? OrderedFields(part) : [];
    }

    /// <summary>
    /// Adds a field at the end of the type's own part, creating that part (and adding it to the type)
    /// when needed; a name that differs only in case from an existing field is refused.
    /// </summary>
    public static ContentPartFieldDefinition AddField(ContentDefinitionDocument document, ContentTypeDefinition type, string fieldType, string fieldName, string displayName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(type);
        var part = document.FindPartDefinition(type.Name);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = type.Name };
            document.ContentParts.Add(part);
        }

        if (!type.ContentTypePartDefinitionRecords.Any(p => p.Name == type.Name))
        {
            type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = type.Name, Name = type.Name, Settings = [] });
            RenumberParts(type);
        }

        if (part.ContentPartFieldDefinitionRecords.Any(f => string.Equals(f.Name, fieldName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ContentTypeEditException($"Er is al een veld met de naam '{fieldName}'.");
        }

        var settings = new JsonObject { [DefinitionPositions.PartFieldSettings] = new JsonObject { ["DisplayName"] = displayName } };
        var field = new ContentPartFieldDefinition { FieldName = fieldType, Name = fieldName, Settings = settings };
        part.ContentPartFieldDefinitionRecords.Add(field);
        RenumberFields(part);
        return field;
    }

    public static void RemoveField(ContentPartDefinition part, string fieldName)
    {
        part.ContentPartFieldDefinitionRecords.Remove(RequireField(part, fieldName));
        RenumberFields(part);
    }

    /// <summary>Moves a field <paramref name="offset"/> places (negative: up), stopping at either end.</summary>
    public static void MoveField(ContentPartDefinition part, string fieldName, int offset)
    {
        var ordered = OrderedFields(part);
        DefinitionPositions.Move(ordered, ordered.FindIndex(f => f.Name == fieldName), offset, MissingField(fieldName));
        DefinitionPositions.Renumber(ordered.Select(f => f.Settings), DefinitionPositions.PartFieldSettings);
    }

    private static List<ContentPartFieldDefinition> OrderedFields(ContentPartDefinition part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return DefinitionPositions.Ordered(part.ContentPartFieldDefinitionRecords, f => f.Settings, DefinitionPositions.PartFieldSettings);
    }

    private static string MissingField(string fieldName) => $"Er is geen veld '{fieldName}'.";

    private static void RenumberFields(ContentPartDefinition part) =>
        DefinitionPositions.Renumber(OrderedFields(part).Select(f => f.Settings), DefinitionPositions.PartFieldSettings);
}
