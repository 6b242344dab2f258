using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Fields;

/// <summary>One field being validated: its JSON object, its definition settings, and where errors go.</summary>
public sealed class FieldValidationContext(ContentFieldInstance field, JsonObject value, ValidateContentContext content)
{
    public ContentFieldInstance Field { get; } = field;

    public JsonObject Value { get; } = value;

    public JsonObject Settings => Field.Definition.Settings;

    /// <summary>Records an error at <c>Part.Field.Property</c>.</summary>
    public void Fail(string property, string message) => content.Fail($"{Field.Path}.{property}", message);

    /// <summary>Checks that a property, when present and not null, is a string.</summary>
    public bool ExpectString(string property)
    {
        var node = Value[property];
        if (JsonKinds.IsNull(node) || JsonKinds.IsString(node))
        {
            return true;
        }

        Fail(property, $"Verwacht tekst, maar kreeg {JsonKinds.Describe(node)}.");
        return false;
    }

    /// <summary>Checks that a property, when present and not null, is an array of strings.</summary>
    public bool ExpectStringArray(string property)
    {
        var node = Value[property];
        if (JsonKinds.IsNull(node))
        {
            return true;
        }

        if (node is not JsonArray array)
        {
            Fail(property, $"Verwacht een lijst met teksten, maar kreeg {JsonKinds.Describe(node)}.");
            return false;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (!JsonKinds.IsString(array[i]))
            {
                Fail($"{property}[{i}]", $"Verwacht tekst, maar kreeg {JsonKinds.Describe(array[i])}.");
                return false;
            }
        }

        return true;
    }
}
