using System.Text.Json;
using System.Text.Json.Serialization;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Reads and writes the content definition document in Orchard's shape
/// (<c>{"ContentTypes":[...],"ContentParts":[...]}</c>, PascalCase keys, read case-sensitively).
/// </summary>
public static class ContentDefinitionJson
{
    /// <summary>Options for definitions and their settings objects; numbers written as strings are accepted, as Orchard's recipes use them.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        WriteIndented = false,
    };

    public static string Serialize(ContentDefinitionDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>
    /// Parses a stored document. Every settings object is fully materialized, so the result can be
    /// shared between threads as long as nobody changes it.
    /// </summary>
    public static ContentDefinitionDocument Deserialize(string json)
    {
        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(json, Options)
            ?? throw new JsonException("The content definition document must be a JSON object.");
        foreach (var type in document.ContentTypes)
        {
            JsonNodeMaterializer.Materialize(type.Settings);
            foreach (var part in type.ContentTypePartDefinitionRecords)
            {
                JsonNodeMaterializer.Materialize(part.Settings);
            }
        }

        foreach (var part in document.ContentParts)
        {
            JsonNodeMaterializer.Materialize(part.Settings);
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                JsonNodeMaterializer.Materialize(field.Settings);
            }
        }

        return document;
    }

    /// <summary>A deep copy, independent of the original (for changes applied before a save).</summary>
    public static ContentDefinitionDocument Clone(ContentDefinitionDocument document) => Deserialize(Serialize(document));
}
