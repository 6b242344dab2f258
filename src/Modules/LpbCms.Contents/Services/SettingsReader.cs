using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Services;

/// <summary>
/// Forwards to <see cref="DefinitionSettingsReader"/>, the one settings reader (and its leniency rule);
/// kept so the handlers and validators that call it need no change while they move to the catalogue.
/// </summary>
public static class SettingsReader
{
    /// <summary>Forwards to <see cref="DefinitionSettingsReader.Get{T}"/>.</summary>
    public static T Get<T>(JsonObject? settings)
        where T : new() => DefinitionSettingsReader.Get<T>(settings);
}
