using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>One field type (Orchard's <c>ContentField</c>): registered once by the module that owns it.</summary>
public sealed class ContentFieldDescriptor : ContentElementDescriptor
{
    internal ContentFieldDescriptor(ContentFieldRegistration registration)
        : base(registration)
    {
        IndexedProperty = registration.IndexedProperty;
        GraphScalarProperty = registration.GraphScalarProperty;
        OptionsSourceType = registration.OptionsSourceType;
        EditorVariants = new Dictionary<string, EditorKind>(registration.EditorVariants, StringComparer.Ordinal);
        EditorsBySetting = new Dictionary<string, EditorKind>(registration.EditorsBySetting, StringComparer.Ordinal);
    }

    /// <summary>The property whose values go to the field index (lists filter and sort on them), or null.</summary>
    public string? IndexedProperty { get; }

    /// <summary>The index column of <see cref="IndexedProperty"/>, or null when the field is not indexed.</summary>
    public FieldIndexKind? IndexKind => IndexedProperty is { } name && FindProperty(name) is { } property ? IndexKindOf(property.Kind) : null;

    /// <summary>GraphQL shows the field as this property's scalar (Orchard: a TextField is a String), not as an object.</summary>
    public string? GraphScalarProperty { get; }

    /// <summary>Lists the options of its editor (an <see cref="IContentFieldOptionsSource"/> type), or null.</summary>
    public Type? OptionsSourceType { get; }

    /// <summary>Other editors chosen by <c>ContentPartFieldSettings.Editor</c> (TextField's <c>TextArea</c>).</summary>
    public IReadOnlyDictionary<string, EditorKind> EditorVariants { get; }

    /// <summary>Other editors chosen by a boolean setting of the field (<c>TaxonomyFieldSettings.Unique</c>).</summary>
    public IReadOnlyDictionary<string, EditorKind> EditorsBySetting { get; }

    /// <summary>
    /// The editor for a field definition: the variant its chosen editor name names, else the first
    /// editor whose boolean setting is true in <paramref name="fieldSettings"/> (the definition's whole
    /// <c>Settings</c>), else the default.
    /// </summary>
    public EditorKind EditorFor(string? editorName, JsonObject? fieldSettings = null)
    {
        if (editorName is not null && EditorVariants.TryGetValue(editorName, out var variant))
        {
            return variant;
        }

        if (fieldSettings is not null)
        {
            foreach (var (setting, kind) in EditorsBySetting)
            {
                if (DefinitionSettingsReader.Bool(fieldSettings, SettingsName, setting))
                {
                    return kind;
                }
            }
        }

        return Editor;
    }

    internal static FieldIndexKind? IndexKindOf(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Text or ContentValueKind.TextList => FieldIndexKind.Text,
        ContentValueKind.Number or ContentValueKind.WholeNumber => FieldIndexKind.Number,
        ContentValueKind.Boolean => FieldIndexKind.Boolean,
        ContentValueKind.Date or ContentValueKind.DateTime => FieldIndexKind.Date,
        _ => null,
    };
}
