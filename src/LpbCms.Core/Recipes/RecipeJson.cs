using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Orchard's lenient reading of recipe JSON: comments and trailing commas allowed, property names
/// matched case-insensitively, numbers and booleans accepted where text is expected and text where
/// numbers or booleans are expected. Step handlers use these readers so all steps are equally lenient.
/// </summary>
public static class RecipeJson
{
    /// <summary>Recipe nodes look up properties case-insensitively, as Orchard's recipe models bind.</summary>
    public static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The property's value, matched exactly first and then ignoring case.</summary>
    public static JsonNode? Get(JsonObject obj, string name) => TryGet(obj, name, out _, out var value) ? value : null;

    /// <summary>Finds a property ignoring case; <paramref name="key"/> is its spelling in the recipe, for paths.</summary>
    public static bool TryGet(JsonObject obj, string name, out string key, out JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.TryGetPropertyValue(name, out value))
        {
            key = name;
            return true;
        }

        foreach (var property in obj)
        {
            if (string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                key = property.Key;
                value = property.Value;
                return true;
            }
        }

        key = name;
        value = null;
        return false;
    }

    /// <summary>Text of a string, number or boolean value; null for null or a missing value.</summary>
    /// <exception cref="FormatException">The value is an object or array.</exception>
    public static string? ReadString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        },
        _ => throw new FormatException($"Expected text, found {Describe(node)}."),
    };

    /// <summary>A boolean from <c>true</c>/<c>false</c> or their text; <paramref name="fallback"/> when missing.</summary>
    /// <exception cref="FormatException">The value is not a boolean.</exception>
    public static bool ReadBool(JsonNode? node, bool fallback = false)
    {
        if (node is null)
        {
            return fallback;
        }

        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String when bool.TryParse(value.GetValue<string>().Trim(), out var parsed):
                    return parsed;
            }
        }

        throw new FormatException($"Expected true or false, found {Describe(node)}.");
    }

    /// <summary>An integer from a number or its text; null when missing.</summary>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public static long? ReadInt64(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.Number when value.TryGetValue<long>(out var number):
                    return number;
                case JsonValueKind.String when long.TryParse(value.GetValue<string>().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                    return parsed;
            }
        }

        throw new FormatException($"Expected an integer, found {Describe(node)}.");
    }

    /// <summary>A list of text from an array, or from a single value (Orchard accepts both in headers).</summary>
    /// <exception cref="FormatException">An entry is an object or array.</exception>
    public static IReadOnlyList<string> ReadStringList(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(ReadString).OfType<string>().ToList(),
        _ => ReadString(node) is { } single ? [single] : [],
    };

    /// <summary>
    /// A copy whose objects compare property names exactly, for JSON handed to the content and
    /// definition stores: stored documents behave the same whether they came from a recipe or not.
    /// </summary>
    public static JsonNode? ToCaseSensitive(JsonNode? node) =>
        node is null ? null : JsonNode.Parse(node.ToJsonString());

    /// <summary>A short description of a node's kind for messages, e.g. <c>an object</c>.</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => $"the text {value.ToJsonString()}",
            JsonValueKind.Number => $"the number {value.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {value.ToJsonString()}",
            _ => value.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };
}
