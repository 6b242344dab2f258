using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LpbCms.Core.Contents;

/// <summary>
/// Reads and writes <see cref="ContentItem"/> in Orchard's shape: the metadata keys in Orchard's
/// order, then the parts. Well-known keys are read case-sensitively (as Orchard does); any other
/// top-level property is a part and is kept verbatim.
/// </summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) as JsonObject
            ?? throw new JsonException("A content item must be a JSON object.");
        return ContentItemJson.FromJsonObject(node);
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(ContentItem.ContentItemId), value.ContentItemId);
        writer.WriteString(nameof(ContentItem.ContentItemVersionId), value.ContentItemVersionId);
        writer.WriteString(nameof(ContentItem.ContentType), value.ContentType);
        writer.WriteString(nameof(ContentItem.DisplayText), value.DisplayText);
        writer.WriteBoolean(nameof(ContentItem.Latest), value.Latest);
        writer.WriteBoolean(nameof(ContentItem.Published), value.Published);
        WriteDate(writer, nameof(ContentItem.ModifiedUtc), value.ModifiedUtc);
        WriteDate(writer, nameof(ContentItem.PublishedUtc), value.PublishedUtc);
        WriteDate(writer, nameof(ContentItem.CreatedUtc), value.CreatedUtc);
        writer.WriteString(nameof(ContentItem.Owner), value.Owner);
        writer.WriteString(nameof(ContentItem.Author), value.Author);
        foreach (var (name, part) in value.Content)
        {
            if (ContentItemJson.IsMetadataKey(name))
            {
                // A part can never shadow a metadata key; the typed property wins.
                continue;
            }

            writer.WritePropertyName(name);
            if (part is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                part.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }

        var utc = DateTime.SpecifyKind(value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : value.Value, DateTimeKind.Utc);
        writer.WriteString(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
