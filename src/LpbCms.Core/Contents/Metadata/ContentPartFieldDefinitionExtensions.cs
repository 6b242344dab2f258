using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>Typed access to a field's settings (<c>ContentPartFieldSettings</c>, <c>TextFieldSettings</c>, ...).</summary>
public static class ContentPartFieldDefinitionExtensions
{
    public static JsonObject? GetSettingsNode(this ContentPartFieldDefinition field, string settingsName)
    {
        ArgumentNullException.ThrowIfNull(field);
        return DefinitionSettingsReader.Group(field.Settings, settingsName);
    }

    public static T GetSettings<T>(this ContentPartFieldDefinition field)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(field);
        return DefinitionSettingsReader.Get<T>(field.Settings);
    }
}
