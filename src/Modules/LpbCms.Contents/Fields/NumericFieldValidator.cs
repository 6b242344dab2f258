using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields;

/// <summary>NumericField: <c>Value</c> is a number (a numeric string is turned into one); Required, Minimum and Maximum enforced.</summary>
public sealed class NumericFieldValidator : IContentFieldValidator
{
    private const string Property = "Value";

    public string FieldType => "NumericField";

    public void Normalize(JsonObject value)
    {
        if (value[Property] is JsonValue node && node.GetValueKind() == JsonValueKind.String)
        {
            var text = node.GetValue<string>().Trim();
            if (text.Length == 0)
            {
                value[Property] = null;
            }
            else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value[Property] = number;
            }
        }
    }

    public void Validate(FieldValidationContext context)
    {
        var node = context.Value[Property];
        var settings = DefinitionSettingsReader.Get<NumericFieldSettings>(context.Settings);
        if (JsonKinds.IsNull(node))
        {
            if (settings.Required)
            {
                context.Fail(Property, "Dit veld is verplicht.");
            }

            return;
        }

        if (node!.GetValueKind() != JsonValueKind.Number || !TryReadNumber(node.AsValue(), out var number))
        {
            context.Fail(Property, $"Verwacht een getal, maar kreeg {JsonKinds.Describe(node)}.");
            return;
        }

        if (settings.Minimum is { } minimum && number < minimum)
        {
            context.Fail(Property, $"De waarde {number.ToString(CultureInfo.InvariantCulture)} is kleiner dan het minimum {minimum.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (settings.Maximum is { } maximum && number > maximum)
        {
            context.Fail(Property, $"De waarde {number.ToString(CultureInfo.InvariantCulture)} is groter dan het maximum {maximum.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>
    /// A parsed value reads as decimal directly; a value built in code (an <c>int</c> or <c>double</c>
    /// set by a handler or a test) only through its JSON text, which is the number either way.
    /// </summary>
    private static bool TryReadNumber(JsonValue value, out decimal number) =>
        value.TryGetValue(out number)
        || decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
}
