using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>Reads one settings object (keyed by settings-class name) out of a definition's <c>Settings</c>.</summary>
internal static class ContentSettingsReader
{
    public static JsonObject? GetNode(JsonObject settings, string settingsName) => settings[settingsName] as JsonObject;

    public static T Read<T>(JsonObject settings)
        where T : new()
    {
        var name = typeof(T).Name;
        if (GetNode(settings, name) is not { } node)
        {
            return new T();
        }

        try
        {
            return node.Deserialize<T>(ContentDefinitionJson.Options) ?? new T();
        }
        catch (JsonException ex)
        {
            throw new JsonException($"The settings '{name}' cannot be read: {ex.Message}", ex);
        }
    }
}
