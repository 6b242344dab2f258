using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Reads one settings value by the rule documented on <see cref="DefinitionSettingsReader"/>; null
/// means "absent" (missing, null or malformed), so every caller falls back to its default the same way.
/// </summary>
internal static class DefinitionSettingValue
{
    public static bool? Bool(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,

        // bool.TryParse ignores case and surrounding white space; "yes" and "1" fail.
        JsonValueKind.String when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) => parsed,
        _ => null,
    }
    : null;

    public static decimal? Number(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        // The JSON text reads the same whether the value was parsed or set in code as an int or a double.
        JsonValueKind.Number => Parse(value.ToJsonString()),
        JsonValueKind.String when value.TryGetValue<string>(out var text) => Parse(text),
        _ => null,
    }
    : null;

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var text) ? text : null;

    public static IReadOnlyList<string>? Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(Text).OfType<string>()] : null;

    /// <summary>A defined member of <paramref name="enumType"/> by one member name (any case) or by number; "A,B" flag lists are not names.</summary>
    public static object? Enum(JsonNode? node, Type enumType)
    {
        object? member = Number(node) is { } number
            ? (number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue ? System.Enum.ToObject(enumType, (long)number) : null)
            : Text(node) is { } text && System.Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
                ? System.Enum.Parse(enumType, name)
                : null;
        return member is not null && System.Enum.IsDefined(enumType, member) ? member : null;
    }

    // Float allows sign, decimal point, exponent and surrounding spaces, but no thousands separators.
    private static decimal? Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
