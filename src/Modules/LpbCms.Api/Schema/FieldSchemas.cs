using System.Text.Json.Nodes;

namespace LpbCms.Api.Schema;

/// <summary>The JSON Schema of each field type's object in Orchard's JSON; unknown field types allow any object.</summary>
public static class FieldSchemas
{
    public static JsonObject For(string fieldType) => fieldType switch
    {
        "TextField" => ObjectOf(("Text", NullableType("string"))),
        "HtmlField" => ObjectOf(("Html", NullableType("string"))),
        "MarkdownField" => ObjectOf(("Markdown", NullableType("string"))),
        "NumericField" => ObjectOf(("Value", NullableType("number"))),
        "BooleanField" => ObjectOf(("Value", NullableType("boolean"))),
        "DateField" => ObjectOf(("Value", NullableDate("date"))),
        "DateTimeField" => ObjectOf(("Value", NullableDate("date-time"))),
        "TimeField" => ObjectOf(("Value", NullableType("string"))),
        "LinkField" => ObjectOf(("Url", NullableType("string")), ("Text", NullableType("string")), ("Target", NullableType("string"))),
        "ContentPickerField" => ObjectOf(("ContentItemIds", StringArray())),
        "MediaField" => ObjectOf(("Paths", StringArray()), ("MediaTexts", StringArray())),
        "TaxonomyField" => ObjectOf(("TaxonomyContentItemId", NullableType("string")), ("TermContentItemIds", StringArray()), ("TagNames", StringArray())),
        "MultiTextField" => ObjectOf(("Values", StringArray())),
        _ => new JsonObject { ["type"] = "object" },
    };

    public static JsonObject NullableType(string type) => new() { ["type"] = new JsonArray(type, "null") };

    public static JsonObject NullableDate(string format) => new() { ["type"] = new JsonArray("string", "null"), ["format"] = format };

    public static JsonObject StringArray() => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };

    /// <summary>
    /// An object schema with the given properties. Each property schema is copied: shared schemas
    /// (the known parts' tables are static) must never be attached to one response's tree, or the
    /// next request cannot attach them again.
    /// </summary>
    public static JsonObject ObjectOf(params (string Name, JsonObject Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema.DeepClone();
        }

        return new JsonObject { ["type"] = "object", ["properties"] = props };
    }
}
