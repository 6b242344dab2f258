using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents;

/// <summary>Conversions between <see cref="ContentItem"/> and its Orchard JSON document.</summary>
public static class ContentItemJson
{
    /// <summary>Options for content JSON: Orchard keeps PascalCase names and does not escape non-ASCII text needlessly.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly HashSet<string> MetadataKeys = new(StringComparer.Ordinal)
    {
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.Owner), nameof(ContentItem.Author),
    };

    /// <summary>The well-known top-level keys, in Orchard's order.</summary>
    public static IReadOnlyCollection<string> MetadataKeyNames => MetadataKeys;

    public static bool IsMetadataKey(string name) => MetadataKeys.Contains(name);

    public static string Serialize(ContentItem item) => JsonSerializer.Serialize(item, Options);

    public static ContentItem Deserialize(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A content item must be a JSON object.");
        return FromJsonObject(node);
    }

    /// <summary>Builds an item from a JSON object; the object's part nodes are moved, not copied.</summary>
    public static ContentItem FromJsonObject(JsonObject json)
    {
        var item = new ContentItem
        {
            ContentItemId = ReadString(json, nameof(ContentItem.ContentItemId)) ?? "",
            ContentItemVersionId = ReadString(json, nameof(ContentItem.ContentItemVersionId)) ?? "",
            ContentType = ReadString(json, nameof(ContentItem.ContentType)) ?? "",
            DisplayText = ReadString(json, nameof(ContentItem.DisplayText)),
            Latest = ReadBool(json, nameof(ContentItem.Latest)),
            Published = ReadBool(json, nameof(ContentItem.Published)),
            ModifiedUtc = ReadDate(json, nameof(ContentItem.ModifiedUtc)),
            PublishedUtc = ReadDate(json, nameof(ContentItem.PublishedUtc)),
            CreatedUtc = ReadDate(json, nameof(ContentItem.CreatedUtc)),
            Owner = ReadString(json, nameof(ContentItem.Owner)),
            Author = ReadString(json, nameof(ContentItem.Author)),
        };

        var parts = new JsonObject();
        foreach (var name in json.Select(p => p.Key).ToList())
        {
            if (IsMetadataKey(name))
            {
                continue;
            }

            var value = json[name];
            json.Remove(name);
            parts[name] = value;
        }

        item.Content = parts;
        return item;
    }

    public static JsonObject ToJsonObject(ContentItem item) =>
        JsonSerializer.SerializeToNode(item, Options)!.AsObject();

    /// <summary>A deep copy of the item, including its runtime-only storage properties.</summary>
    public static ContentItem Clone(ContentItem item)
    {
        var copy = FromJsonObject(ToJsonObject(item));
        copy.DocumentId = item.DocumentId;
        copy.Revision = item.Revision;
        return copy;
    }

    private static string? ReadString(JsonObject json, string key) => json[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        var other => throw new JsonException($"'{key}' must be a string, not {other.GetValueKind()}."),
    };

    private static bool ReadBool(JsonObject json, string key) => json[key] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) => parsed,
        var other => throw new JsonException($"'{key}' must be true or false, not {other.ToJsonString()}."),
    };

    private static DateTime? ReadDate(JsonObject json, string key)
    {
        switch (json[key])
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<DateTime>(out var d):
                return d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc);
            case JsonValue v when v.TryGetValue<string>(out var s) && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed):
                return DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            case var other:
                throw new JsonException($"'{key}' must be an ISO-8601 date, not {other.ToJsonString()}.");
        }
    }
}
