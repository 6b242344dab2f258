using System.Text.Json.Nodes;

namespace LpbCms.Users.Roles;

/// <summary>Recipe keys are case-insensitive (Orchard's lenient parsing), whatever options the reader used.</summary>
internal static class StepJson
{
    public static JsonNode? Get(JsonObject json, string key)
    {
        if (json.TryGetPropertyValue(key, out var exact))
        {
            return exact;
        }

        foreach (var (name, value) in json)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A scalar as text (numbers and booleans too, as Orchard accepts them), or null when absent or not a scalar.</summary>
    public static string? GetText(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
