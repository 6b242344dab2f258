using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Contents.Fields;

/// <summary>BooleanField: <c>Value</c> is true or false (the strings "true"/"false" are turned into booleans).</summary>
public sealed class BooleanFieldValidator : IContentFieldValidator
{
    private const string Property = "Value";

    public string FieldType => "BooleanField";

    public void Normalize(JsonObject value)
    {
        if (value[Property] is JsonValue node && node.GetValueKind() == JsonValueKind.String && bool.TryParse(node.GetValue<string>().Trim(), out var flag))
        {
            value[Property] = flag;
        }
    }

    public void Validate(FieldValidationContext context)
    {
        var node = context.Value[Property];
        if (!JsonKinds.IsNull(node) && node!.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.Fail(Property, $"Verwacht true of false, maar kreeg {JsonKinds.Describe(node)}.");
        }
    }
}
