using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Api.Schema;

/// <summary>
/// A JSON Schema (2020-12) of a content type's Orchard JSON, from its definition: the metadata
/// keys, then one object per part instance with its catalogue properties and the part's fields.
/// Additional properties are allowed, as items keep unknown parts and fields verbatim.
/// </summary>
public static class ContentTypeJsonSchema
{
    public static JsonObject Build(ContentDefinitionDocument document, ContentTypeDefinition type, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(type);
        var properties = new JsonObject
        {
            ["ContentItemId"] = new JsonObject { ["type"] = "string" },
            ["ContentItemVersionId"] = new JsonObject { ["type"] = "string" },
            ["ContentType"] = new JsonObject { ["const"] = type.Name },
            ["DisplayText"] = FieldSchemas.NullableType("string"),
            ["Latest"] = new JsonObject { ["type"] = "boolean" },
            ["Published"] = new JsonObject { ["type"] = "boolean" },
            ["ModifiedUtc"] = FieldSchemas.NullableDate("date-time"),
            ["PublishedUtc"] = FieldSchemas.NullableDate("date-time"),
            ["CreatedUtc"] = FieldSchemas.NullableDate("date-time"),
            ["Owner"] = FieldSchemas.NullableType("string"),
            ["Author"] = FieldSchemas.NullableType("string"),
        };

        var fields = document.GetFields(type);
        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            var partSchema = catalog.FindPart(part.PartName) is { } known ? FieldSchemas.For(known) : FieldSchemas.ObjectOf();
            var partProperties = partSchema["properties"]!.AsObject();
            foreach (var field in fields.Where(f => f.PartInstanceName == part.Name))
            {
                partProperties[field.Name] = FieldSchemas.For(catalog.FindField(field.FieldType));
            }

            partSchema["description"] = part.PartName == part.Name ? part.PartName : $"{part.Name} ({part.PartName})";
            properties[part.Name] = partSchema;
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = type.DisplayName ?? type.Name,
            ["type"] = "object",
            ["required"] = new JsonArray("ContentItemId", "ContentType"),
            ["properties"] = properties,
        };
    }
}
