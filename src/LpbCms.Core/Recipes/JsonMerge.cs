using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Merges JSON the way recipes change settings: objects are merged property by property
/// (recursively), anything else (text, numbers, arrays) is replaced. An existing key is matched
/// ignoring case and keeps its spelling.
/// </summary>
internal static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            var existingKey = FindKey(target, key);
            if (existingKey is not null && target[existingKey] is JsonObject existing && value is JsonObject incoming)
            {
                Into(existing, incoming);
            }
            else
            {
                target[existingKey ?? key] = value?.DeepClone();
            }
        }
    }

    private static string? FindKey(JsonObject obj, string key) =>
        obj.ContainsKey(key) ? key : obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
}
