using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>What parts and field types have in common: a name, properties, settings, an editor and handlers.</summary>
public abstract class ContentElementDescriptor
{
    private readonly JsonObject _defaultSettings;

    protected ContentElementDescriptor(ContentElementRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        Name = registration.Name;
        DisplayName = registration.DisplayName ?? "";
        Properties = [.. registration.Properties];
        SettingsName = registration.SettingsName ?? registration.Name + "Settings";
        _defaultSettings = registration.DefaultSettings?.DeepClone().AsObject() ?? [];
        Editor = registration.Editor;
        EditorLabel = registration.EditorLabel;
        EditedProperty = registration.EditedProperty;
        Handlers = [.. registration.Handlers];
    }

    /// <summary>Orchard's technical name (<c>TitlePart</c>, <c>TextField</c>).</summary>
    public string Name { get; }

    /// <summary>The Dutch name editors see (types editor, form headings).</summary>
    public string DisplayName { get; }

    /// <summary>The properties of its JSON object, in Orchard's order.</summary>
    public IReadOnlyList<ContentPropertyDescriptor> Properties { get; }

    /// <summary>The settings object's name in a definition (<c>TitlePartSettings</c>).</summary>
    public string SettingsName { get; }

    /// <summary>A copy of the settings a new definition gets.</summary>
    public JsonObject DefaultSettings => _defaultSettings.DeepClone().AsObject();

    /// <summary>The admin's input for it; <see cref="EditorKind.None"/> keeps the value unchanged.</summary>
    public EditorKind Editor { get; }

    /// <summary>The editor's label (parts; fields use their definition's display name).</summary>
    public string? EditorLabel { get; }

    /// <summary>The property the editor writes.</summary>
    public string? EditedProperty { get; }

    /// <summary>Its content handlers, in declared order.</summary>
    public IReadOnlyList<ContentHandlerRegistration> Handlers { get; }

    public ContentPropertyDescriptor? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
