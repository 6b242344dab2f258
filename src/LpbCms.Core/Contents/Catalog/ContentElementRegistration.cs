using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>What a builder collects for a part or field; turned into a descriptor (and checked) when the catalogue is built.</summary>
public abstract class ContentElementRegistration(string name, string registeredBy)
{
    public string Name { get; } = name;

    /// <summary>Who registered it (the calling module's assembly), for the duplicate error.</summary>
    public string RegisteredBy { get; } = registeredBy;

    public string? DisplayName { get; set; }

    public IList<ContentPropertyDescriptor> Properties { get; } = [];

    public string? SettingsName { get; set; }

    public JsonObject? DefaultSettings { get; set; }

    public EditorKind Editor { get; set; }

    public string? EditorLabel { get; set; }

    public string? EditedProperty { get; set; }

    public IList<ContentHandlerRegistration> Handlers { get; } = [];
}
