using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>
/// Computes the field index rows of a version from its type's field definitions, so lists can
/// filter and sort on custom fields in SQL. Which property of a field type is indexed, and in which
/// column, is its catalogue descriptor's <see cref="ContentFieldDescriptor.IndexedProperty"/>: a
/// text or number gives one row, a list of texts one row per value. Field types the catalogue does
/// not index (or does not know) are skipped. A value of the wrong JSON type is reported as an error
/// located by its JSON path (e.g. <c>Congress.Year.Value</c>), never indexed as something else.
/// Besides the defined fields, <see cref="ContainedPartIndex.ListContentItemId"/> is indexed from the item JSON.
/// </summary>
public static class ContentFieldIndexBuilder
{
    public static ContentFieldIndex Build(ContentItem item, IReadOnlyList<ContentTypeField> fields, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(fields);
        var entries = new List<ContentFieldIndexEntry>();
        var errors = new List<ContentValidationError>();
        foreach (var field in fields)
        {
            if (catalog.FindField(field.FieldType) is not { IndexedProperty: { } indexed } descriptor
                || item.Content[field.PartInstanceName] is not JsonObject part
                || part[field.Name] is not { } node)
            {
                continue;
            }

            var path = $"{field.PartInstanceName}.{field.Name}";
            if (node is not JsonObject value)
            {
                errors.Add(new ContentValidationError(path, $"A {field.FieldType} must be a JSON object."));
                continue;
            }

            var reader = new FieldValueReader(value, path, errors);
            foreach (var indexedValue in Read(descriptor.FindProperty(indexed)!.Kind, indexed, reader))
            {
                entries.Add(new ContentFieldIndexEntry(field.PartInstanceName, field.Name, indexedValue));
            }
        }

        // ContainedPart is attached to items without being part of their type definition (Orchard
        // adds it when an item is put in a list), so no field definition describes it; its list id is
        // read from the item JSON itself and indexed like a field, letting list children be queried
        // in SQL. A malformed value is left to ContainedPart's own validation, not reported here.
        if (item.Content[ContainedPartIndex.PartName] is JsonObject contained
            && contained[ContainedPartIndex.ListContentItemIdName] is JsonValue listId
            && listId.TryGetValue<string>(out var id)
            && id.Length > 0)
        {
            entries.Add(new ContentFieldIndexEntry(ContainedPartIndex.PartName, ContainedPartIndex.ListContentItemIdName, new ContentFieldValue(Text: id)));
        }

        return new ContentFieldIndex(entries, errors);
    }

    private static IEnumerable<ContentFieldValue> Read(ContentValueKind kind, string property, FieldValueReader reader) => kind switch
    {
        ContentValueKind.Text => Single(reader.ReadText(property) is { } text ? new ContentFieldValue(Text: text) : null),
        ContentValueKind.Number or ContentValueKind.WholeNumber => Single(reader.ReadNumber(property) is { } number ? new ContentFieldValue(Number: number) : null),
        ContentValueKind.Boolean => Single(reader.ReadBoolean(property) is { } flag ? new ContentFieldValue(Boolean: flag) : null),
        ContentValueKind.Date or ContentValueKind.DateTime => Single(reader.ReadDate(property) is { } date ? new ContentFieldValue(Date: date) : null),
        ContentValueKind.TextList => reader.ReadTextArray(property).Select(v => new ContentFieldValue(Text: v)),
        _ => [],
    };

    private static IEnumerable<ContentFieldValue> Single(ContentFieldValue? value) => value is null ? [] : [value];
}
