using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Admin.Services;

/// <summary>What changed between two versions: every leaf value (part.field.property) that differs, with both values.</summary>
public static class VersionDiff
{
    public static IReadOnlyList<(string Path, string? Before, string? After)> Compare(ContentItem before, ContentItem after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var left = Flatten(before.Content);
        var right = Flatten(after.Content);
        return [.. left.Keys.Union(right.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(path => (path, left.GetValueOrDefault(path), right.GetValueOrDefault(path)))
            .Where(d => d.Item2 != d.Item3)];
    }

    private static Dictionary<string, string?> Flatten(JsonObject content)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(content, "", values);
        return values;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", values);
                }

                break;
            case JsonArray array:
                values[path] = string.Join(", ", array.Select(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : v?.ToJsonString()));
                break;
            case JsonValue value:
                values[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
            default:
                values[path] = null;
                break;
        }
    }
}
