using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LpbCms.Contents.Services;

/// <summary>
/// Reads a settings record from a definition's settings object, keyed by the record's type name as
/// Orchard stores it (e.g. <c>"AutoroutePartSettings": { ... }</c>). Lenient like Orchard's recipes:
/// case-insensitive names, numbers and booleans given as strings, enums by name or number.
/// </summary>
public static class SettingsReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter(), new LenientBooleanConverter() },
    };

    /// <summary>The settings, or their defaults when absent.</summary>
    /// <exception cref="JsonException">The settings exist but do not have the record's shape.</exception>
    public static T Get<T>(JsonObject? settings)
        where T : new()
    {
        var node = settings?[typeof(T).Name];
        if (node is not JsonObject json)
        {
            return new T();
        }

        return json.Deserialize<T>(Options) ?? new T();
    }

    /// <summary>Reads a part or field object into its model, with the same leniency.</summary>
    public static T Read<T>(JsonObject json)
        where T : new() => json.Deserialize<T>(Options) ?? new T();
}
