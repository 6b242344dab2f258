using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>Typed access to the settings of a part attached to a type.</summary>
public static class ContentTypePartDefinitionExtensions
{
    public static JsonObject? GetSettingsNode(this ContentTypePartDefinition part, string settingsName)
    {
        ArgumentNullException.ThrowIfNull(part);
        return DefinitionSettingsReader.Group(part.Settings, settingsName);
    }

    /// <summary>The part's settings of class <typeparamref name="T"/>, read from the key <c>typeof(T).Name</c>; defaults when absent.</summary>
    public static T GetSettings<T>(this ContentTypePartDefinition part)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(part);
        return DefinitionSettingsReader.Get<T>(part.Settings);
    }
}
