using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Admin.Editing;

/// <summary>
/// Forwards to <see cref="DefinitionSettingsReader"/>, the one settings reader (and its leniency rule);
/// kept so the editor builder's call sites need no change while it moves to the catalogue.
/// </summary>
public static class DefinitionSettings
{
    public static string? Text(JsonObject settings, string settingsName, string key) => DefinitionSettingsReader.Text(settings, settingsName, key);

    public static bool Bool(JsonObject settings, string settingsName, string key) => DefinitionSettingsReader.Bool(settings, settingsName, key);

    public static decimal? Number(JsonObject settings, string settingsName, string key) => DefinitionSettingsReader.Number(settings, settingsName, key);

    public static IReadOnlyList<string> Strings(JsonObject settings, string settingsName, string key) => DefinitionSettingsReader.Strings(settings, settingsName, key);
}
