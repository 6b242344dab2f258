using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Admin.Editing;

/// <summary>
/// Lenient reads of definition settings (Orchard stores numbers and booleans sometimes as strings),
/// e.g. <c>Settings.TextFieldSettings.Required</c>.
/// </summary>
public static class DefinitionSettings
{
    public static string? Text(JsonObject settings, string settingsName, string key) =>
        Node(settings, settingsName, key) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool Bool(JsonObject settings, string settingsName, string key) => Node(settings, settingsName, key) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.Equals(v.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static decimal? Number(JsonObject settings, string settingsName, string key) => Node(settings, settingsName, key) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && decimal.TryParse(v.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static IReadOnlyList<string> Strings(JsonObject settings, string settingsName, string key) =>
        Node(settings, settingsName, key) is JsonArray array
            ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())]
            : [];

    private static JsonNode? Node(JsonObject settings, string settingsName, string key)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings[settingsName] is JsonObject group ? group[key] : null;
    }
}
