using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Contents.Fields;

/// <summary>Describes a JSON value in Dutch for validation messages ("tekst \"abc\"", "een lijst", ...).</summary>
public static class JsonKinds
{
    private const int MaxShown = 40;

    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => $"tekst \"{Shorten(node.GetValue<string>())}\"",
        JsonValueKind.Number => $"het getal {node.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {node.ToJsonString()}",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.Object => "een object",
        _ => node.ToJsonString(),
    };

    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    public static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;

    private static string Shorten(string text) => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}
