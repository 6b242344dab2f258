using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Api.Schema;

/// <summary>
/// JSON Schemas derived from the content catalogue: a part's or field's object has one property
/// per catalogue property, typed by its JSON kind. Unknown parts and field types allow any object.
/// </summary>
public static class FieldSchemas
{
    /// <summary>The schema of a catalogue element's object (a fresh tree each call, so responses never share nodes).</summary>
    public static JsonObject For(ContentElementDescriptor? descriptor) =>
        descriptor is null ? new JsonObject { ["type"] = "object" } : ObjectOf([.. descriptor.Properties.Select(p => (p.Name, Of(p.Kind)))]);

    public static JsonObject Of(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Number => NullableType("number"),
        ContentValueKind.WholeNumber => NullableType("integer"),
        ContentValueKind.Boolean => NullableType("boolean"),
        ContentValueKind.Date => NullableDate("date"),
        ContentValueKind.DateTime => NullableDate("date-time"),
        ContentValueKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        ContentValueKind.ItemList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
        _ => NullableType("string"),
    };

    public static JsonObject NullableType(string type) => new() { ["type"] = new JsonArray(type, "null") };

    public static JsonObject NullableDate(string format) => new() { ["type"] = new JsonArray("string", "null"), ["format"] = format };

    public static JsonObject ObjectOf(params (string Name, JsonObject Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
        }

        return new JsonObject { ["type"] = "object", ["properties"] = props };
    }
}
