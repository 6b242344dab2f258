namespace LpbCms.Core.Contents.Metadata;

/// <summary>Lookups in a content definition document; names are case-sensitive, as in Orchard.</summary>
public static class ContentDefinitionDocumentExtensions
{
    public static ContentTypeDefinition? FindType(this ContentDefinitionDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ContentTypes.FirstOrDefault(t => t.Name == name);
    }

    public static ContentPartDefinition? FindPartDefinition(this ContentDefinitionDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ContentParts.FirstOrDefault(p => p.Name == name);
    }

    /// <summary>
    /// The fields items of <paramref name="type"/> carry, part by part in the type's order. Each part
    /// instance is resolved to its part definition by <c>PartName</c>; the implicit part that holds
    /// fields added to the type is the part named after the type. Parts without a definition have no fields.
    /// </summary>
    public static IReadOnlyList<ContentTypeField> GetFields(this ContentDefinitionDocument document, ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(type);
        var fields = new List<ContentTypeField>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            if (document.FindPartDefinition(typePart.PartName) is not { } part)
            {
                continue;
            }

            fields.AddRange(part.ContentPartFieldDefinitionRecords.Select(f => new ContentTypeField(typePart.Name, part.Name, f)));
        }

        return fields;
    }
}
