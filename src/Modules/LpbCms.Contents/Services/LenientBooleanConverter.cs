using System.Text.Json;
using System.Text.Json.Serialization;

namespace LpbCms.Contents.Services;

/// <summary>Reads <c>true</c>, <c>"true"</c>, <c>1</c> and their opposites, as Orchard's lenient recipe settings allow.</summary>
public sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => false,
        JsonTokenType.Number => reader.GetDecimal() != 0,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
        _ => throw new JsonException($"Expected true or false, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
