using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields;

/// <summary>Lists the fields an item's type defines, part by part, with their JSON in the item.</summary>
public sealed class ContentFieldLocator(IContentDefinitionManager definitions)
{
    public async Task<IReadOnlyList<ContentFieldInstance>> FindAsync(ContentItem item, ContentTypeDefinition type, CancellationToken ct = default)
    {
        var fields = new List<ContentFieldInstance>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords)
        {
            var part = await definitions.GetPartDefinitionAsync(typePart.PartName, ct);
            if (part is null || part.ContentPartFieldDefinitionRecords.Count == 0)
            {
                continue;
            }

            var partJson = item.Content[typePart.Name] as JsonObject;
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                fields.Add(new ContentFieldInstance(typePart.Name, field, partJson?[field.Name]));
            }
        }

        return fields;
    }
}
