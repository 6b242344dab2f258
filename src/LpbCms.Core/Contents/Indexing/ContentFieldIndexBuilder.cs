using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>
/// Computes the field index rows of a version from its type's field definitions, so lists can
/// filter and sort on custom fields in SQL. TextField → text; NumericField → number;
/// BooleanField → boolean; DateField/DateTimeField → date; LinkField → its Url as text;
/// ContentPickerField → one text row per picked id; MultiTextField → one text row per value;
/// MediaField → one text row per path (so the media library finds the items using a file).
/// Other field types are not indexed. A value of the wrong JSON type is reported as an error
/// located by its JSON path (e.g. <c>Congress.Year.Value</c>), never indexed as something else.
/// Besides the defined fields, <see cref="ContainedPartIndex.ListContentItemId"/> is indexed from the item JSON.
/// </summary>
public static class ContentFieldIndexBuilder
{
    public static ContentFieldIndex Build(ContentItem item, IReadOnlyList<ContentTypeField> fields)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(fields);
        var entries = new List<ContentFieldIndexEntry>();
        var errors = new List<ContentValidationError>();
        foreach (var field in fields)
        {
            if (item.Content[field.PartInstanceName] is not JsonObject part || part[field.Name] is not { } node)
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
            foreach (var indexed in Read(field.FieldType, reader))
            {
                entries.Add(new ContentFieldIndexEntry(field.PartInstanceName, field.Name, indexed));
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

    private static IEnumerable<ContentFieldValue> Read(string fieldType, FieldValueReader reader) => fieldType switch
    {
        "TextField" => Single(reader.ReadText("Text") is { } text ? new ContentFieldValue(Text: text) : null),
        "NumericField" => Single(reader.ReadNumber("Value") is { } number ? new ContentFieldValue(Number: number) : null),
        "BooleanField" => Single(reader.ReadBoolean("Value") is { } flag ? new ContentFieldValue(Boolean: flag) : null),
        "DateField" or "DateTimeField" => Single(reader.ReadDate("Value") is { } date ? new ContentFieldValue(Date: date) : null),
        "LinkField" => Single(reader.ReadText("Url") is { } url ? new ContentFieldValue(Text: url) : null),
        "ContentPickerField" => reader.ReadTextArray("ContentItemIds").Select(id => new ContentFieldValue(Text: id)),
        "MultiTextField" => reader.ReadTextArray("Values").Select(v => new ContentFieldValue(Text: v)),
        "MediaField" => reader.ReadTextArray("Paths").Select(p => new ContentFieldValue(Text: p)),
        _ => [],
    };

    private static IEnumerable<ContentFieldValue> Single(ContentFieldValue? value) => value is null ? [] : [value];
}
