using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Admin.Editing;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// Builds the item form from the type definition: one section per part, one editor per part and
/// field whose catalogue descriptor names an editor, in the definition's order. Parts and fields
/// without an editor are not shown and are kept unchanged on save.
/// </summary>
public sealed class ContentEditorBuilder(IContentDefinitionManager definitions, IContentStore store, IContentCatalog catalog, IServiceProvider services)
{
    public async Task<IReadOnlyList<EditorSection>> BuildAsync(ContentItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var document = await definitions.GetDocumentAsync(ct);
        var type = document.FindType(item.ContentType);
        if (type is null)
        {
            return [];
        }

        var sections = new List<EditorSection>();
        foreach (var typePart in type.ContentTypePartDefinitionRecords.OrderBy(PartPosition))
        {
            var part = item.Content[typePart.Name] as JsonObject;
            var partDescriptor = catalog.FindPart(typePart.PartName);
            var fields = new List<EditorField>();
            if (PartEditor(typePart, partDescriptor, part) is { } partEditor)
            {
                fields.Add(partEditor);
            }

            if (document.FindPartDefinition(typePart.PartName) is { } partDefinition)
            {
                foreach (var field in partDefinition.ContentPartFieldDefinitionRecords.OrderBy(FieldPosition))
                {
                    if (FieldEditor(typePart.Name, field, catalog.FindField(field.FieldName), part?[field.Name] as JsonObject) is { } editor)
                    {
                        await FillOptionsAsync(editor, catalog.FindField(field.FieldName), field, ct);
                        fields.Add(editor);
                    }
                }
            }

            if (fields.Count > 0)
            {
                // The title and path editors sit at the top of the form without a heading of their own.
                var heading = typePart.Name == type.Name || partDescriptor?.Editor is EditorKind.Title or EditorKind.Path ? null : PartHeading(typePart, partDescriptor);
                sections.Add(new EditorSection(heading, fields));
            }
        }

        await FillPickedTitlesAsync(sections.SelectMany(s => s.Fields).Where(f => f.Kind == EditorKind.ContentPicker).ToList(), ct);
        return sections;
    }

    private static EditorField? PartEditor(ContentTypePartDefinition typePart, ContentPartDescriptor? descriptor, JsonObject? part)
    {
        if (descriptor is not { Editor: not EditorKind.None } || descriptor.EditedProperty is not { } property)
        {
            return null;
        }

        var settings = typePart.Settings;
        var allowCustomPath = DefinitionSettingsReader.Bool(settings, descriptor.SettingsName, "AllowCustomPath");
        var editor = new EditorField
        {
            Key = typePart.Name,
            Kind = descriptor.Editor,
            Label = descriptor.EditorLabel ?? descriptor.DisplayName,
            Required = descriptor.Editor == EditorKind.Title,
            Hint = descriptor.Editor != EditorKind.Path ? null
                : allowCustomPath ? "Laat leeg om het adres uit de titel te maken. Alleen kleine letters, cijfers, - en /."
                : "Het adres wordt automatisch uit de titel gemaakt.",
        };
        editor.Values[property] = StringOf(part?[property]);
        if (editor.Kind == EditorKind.Path)
        {
            editor.Values["AllowCustomPath"] = allowCustomPath ? "true" : "false";
        }

        return editor;
    }

    /// <summary>The JSON property a part editor writes.</summary>
    public static string PartProperty(EditorKind kind) => kind switch
    {
        EditorKind.Title => "Title",
        EditorKind.Path => "Path",
        EditorKind.Html => "Html",
        EditorKind.Markdown => "Markdown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a part editor."),
    };

    private static EditorField? FieldEditor(string partName, ContentPartFieldDefinition field, ContentFieldDescriptor? descriptor, JsonObject? value)
    {
        var settings = field.Settings;
        var settingsName = field.FieldName + "Settings";
        var label = DefinitionSettingsReader.Text(settings, "ContentPartFieldSettings", "DisplayName") is { Length: > 0 } display ? display : field.Name;
        var editorName = DefinitionSettingsReader.Text(settings, "ContentPartFieldSettings", "Editor");
        if (descriptor?.EditorFor(editorName, settings) is not { } editorKind || editorKind == EditorKind.None)
        {
            return null;
        }

        var editor = new EditorField
        {
            Key = $"{partName}.{field.Name}",
            Kind = editorKind,
            Label = label,
            Hint = DefinitionSettingsReader.Text(settings, settingsName, "Hint"),
            Required = DefinitionSettingsReader.Bool(settings, settingsName, "Required"),
            Minimum = DefinitionSettingsReader.Number(settings, settingsName, "Minimum"),
            Maximum = DefinitionSettingsReader.Number(settings, settingsName, "Maximum"),
            Scale = (int)(DefinitionSettingsReader.Number(settings, settingsName, "Scale") ?? 0),
            Multiple = DefinitionSettingsReader.Bool(settings, settingsName, "Multiple"),
            PickerTypes = DefinitionSettingsReader.Bool(settings, settingsName, "DisplayAllContentTypes") ? [] : DefinitionSettingsReader.Strings(settings, settingsName, "DisplayedContentTypes"),
            Property = descriptor.EditedProperty,
        };
        Fill(editor, value);
        return editor;
    }

    private static void Fill(EditorField editor, JsonObject? value)
    {
        switch (editor.Kind)
        {
            case EditorKind.Text or EditorKind.TextArea:
                editor.Values["Text"] = StringOf(value?["Text"]);
                break;
            case EditorKind.Html:
                editor.Values["Html"] = StringOf(value?["Html"]);
                break;
            case EditorKind.Markdown:
                editor.Values["Markdown"] = StringOf(value?["Markdown"]);
                break;
            case EditorKind.Number or EditorKind.Boolean or EditorKind.Time:
                editor.Values["Value"] = StringOf(value?["Value"]);
                break;
            case EditorKind.Date:
                editor.Values["Value"] = StringOf(value?["Value"]) is { Length: >= 10 } date ? date[..10] : null;
                break;
            case EditorKind.DateTime:
                editor.Values["Value"] = SiteTime.ToLocalInput(StringOf(value?["Value"]));
                break;
            case EditorKind.Link:
                editor.Values["Url"] = StringOf(value?["Url"]);
                editor.Values["Text"] = StringOf(value?["Text"]);
                editor.Values["Target"] = StringOf(value?["Target"]);
                break;
            case EditorKind.ContentPicker:
                foreach (var id in Strings(value?["ContentItemIds"]))
                {
                    editor.Picked.Add(new PickedItem(id, id));
                }

                break;
            case EditorKind.Media:
                var paths = Strings(value?["Paths"]);
                var texts = Strings(value?["MediaTexts"]);
                for (var i = 0; i < paths.Count; i++)
                {
                    editor.Media.Add((paths[i], i < texts.Count ? texts[i] : null));
                }

                break;
            case EditorKind.TextList or EditorKind.Choice:
                foreach (var chosen in Strings(value?[editor.Property!]))
                {
                    editor.Chosen.Add(chosen);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(editor), editor.Kind, "Not a field editor.");
        }
    }

    /// <summary>The options of a list or choice editor, from the field type's options source and the field's settings.</summary>
    private async Task FillOptionsAsync(EditorField editor, ContentFieldDescriptor? descriptor, ContentPartFieldDefinition field, CancellationToken ct)
    {
        if (descriptor?.OptionsSourceType is { } sourceType && services.GetService(sourceType) is IContentFieldOptionsSource source)
        {
            editor.Options = await source.GetOptionsAsync(field.Settings[descriptor.SettingsName] as JsonObject ?? [], ct);
        }
    }

    /// <summary>Shows picked items by title (the latest version's), not by id.</summary>
    private async Task FillPickedTitlesAsync(List<EditorField> pickers, CancellationToken ct)
    {
        var ids = pickers.SelectMany(p => p.Picked).Select(p => p.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var titles = (await store.GetManyAsync(ids, VersionScope.Latest, ct)).ToDictionary(i => i.ContentItemId, i => i.DisplayText ?? i.ContentItemId, StringComparer.Ordinal);
        foreach (var picker in pickers)
        {
            for (var i = 0; i < picker.Picked.Count; i++)
            {
                var id = picker.Picked[i].ContentItemId;
                picker.Picked[i] = new PickedItem(id, titles.GetValueOrDefault(id, $"(verwijderd item {id})"));
            }
        }
    }

    /// <summary>The type's display name for the part, else the catalogue's Dutch name (editors do not know technical part names), else its name.</summary>
    private static string PartHeading(ContentTypePartDefinition typePart, ContentPartDescriptor? descriptor) =>
        DefinitionSettingsReader.Text(typePart.Settings, "ContentTypePartSettings", "DisplayName") is { Length: > 0 } name
            ? name
            : descriptor?.DisplayName ?? typePart.Name;

    private static double PartPosition(ContentTypePartDefinition part) => Position(part.Settings, "ContentTypePartSettings");

    private static double FieldPosition(ContentPartFieldDefinition field) => Position(field.Settings, "ContentPartFieldSettings");

    private static double Position(JsonObject settings, string settingsName) =>
        (double?)DefinitionSettingsReader.Number(settings, settingsName, "Position") ?? double.MaxValue;

    private static string? StringOf(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(StringOf).OfType<string>()] : [];
}
