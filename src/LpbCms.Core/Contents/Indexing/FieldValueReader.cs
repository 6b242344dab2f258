using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>
/// Reads typed values from a field's JSON object. Missing and null values read as null; values of
/// the wrong JSON type add an error and read as null. Numbers, booleans and dates written as
/// strings are accepted, as Orchard's recipes write them.
/// </summary>
internal sealed class FieldValueReader(JsonObject field, string path, List<ContentValidationError> errors)
{
    public string? ReadText(string key) => field[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => Fail<string>(key, $"must be a string, not {Describe(other)}"),
    };

    public decimal? ReadNumber(string key)
    {
        switch (field[key])
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : Fail<decimal?>(key, "is a number too large to store");
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                if (text.Length == 0)
                {
                    return null;
                }

                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : Fail<decimal?>(key, $"must be a number, not the text \"{text}\"");
            case var other:
                return Fail<decimal?>(key, $"must be a number, not {Describe(other)}");
        }
    }

    public bool? ReadBoolean(string key) => field[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var parsed) => parsed,
        var other => Fail<bool?>(key, $"must be true or false, not {Describe(other)}"),
    };

    public DateTime? ReadDate(string key)
    {
        var text = ReadText(key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : Fail<DateTime?>(key, $"must be an ISO-8601 date, not \"{text}\"");
    }

    public IReadOnlyList<string> ReadTextArray(string key)
    {
        switch (field[key])
        {
            case null:
                return [];
            case JsonArray array:
                var values = new List<string>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        values.Add(v.GetValue<string>());
                    }
                    else if (array[i] is not null)
                    {
                        errors.Add(new ContentValidationError($"{path}.{key}[{i}]", $"The value must be a string, not {Describe(array[i])}."));
                    }
                }

                return values;
            case var other:
                return Fail<IReadOnlyList<string>>(key, $"must be an array, not {Describe(other)}") ?? [];
        }
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private TResult? Fail<TResult>(string key, string message)
    {
        errors.Add(new ContentValidationError($"{path}.{key}", $"The value {message}."));
        return default;
    }
}
