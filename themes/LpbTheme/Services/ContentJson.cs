using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbTheme.Services;

/// <summary>Reads field values of an item in C# (for page titles, descriptions and feeds); templates read the JSON directly.</summary>
public static class ContentJson
{
    /// <summary><c>item.Content[part][field][property]</c> as a string, or null.</summary>
    public static string? Text(ContentItem item, string part, string field, string property = "Text") =>
        NonBlank(item.Content[part]?[field]?[property]);

    /// <summary>A JSON string that is not blank, else null.</summary>
    public static string? NonBlank(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>The strings of <c>item.Content[part][field][property]</c> (e.g. a TaxonomyField's term ids), empty when absent.</summary>
    public static IReadOnlyList<string> Strings(ContentItem item, string part, string field, string property) =>
        item.Content[part]?[field]?[property] is JsonArray values ? [.. values.Select(NonBlank).OfType<string>()] : [];

    /// <summary>The first id of a content picker field, or null.</summary>
    public static string? FirstId(ContentItem item, string part, string field) =>
        item.Content[part]?[field]?["ContentItemIds"] is JsonArray { Count: > 0 } ids && ids[0] is JsonValue value && value.TryGetValue<string>(out var id)
            ? id
            : null;
}
