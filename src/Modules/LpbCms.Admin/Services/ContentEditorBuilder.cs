using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Admin.Editing;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// Builds the item form from the type definition: one section per part, one editor per known part
/// property and field, in the definition's order. Parts and fields without an editor are not shown
/// and are kept unchanged on save.
/// </summary>
public sealed class ContentEditorBuilder(IContentDefinitionManager definitions, IContentStore store)
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
            var fields = new List<EditorField>();
            if (PartEditor(typePart, part) is { } partEditor)
            {
                fields.Add(partEditor);
            }

            if (document.FindPartDefinition(typePart.PartName) is { } partDefinition)
            {
                foreach (var field in partDefinition.ContentPartFieldDefinitionRecords.OrderBy(FieldPosition))
                {
                    if (FieldEditor(typePart.Name, field, part?[field.Name] as JsonObject) is { } editor)
                    {
                        fields.Add(editor);
                    }
                }
            }

            if (fields.Count > 0)
            {
                var heading = typePart.Name == type.Name || typePart.PartName is "TitlePart" or "AutoroutePart" ? null : PartHeading(typePart);
                sections.Add(new EditorSection(heading, fields));
            }
        }

        await FillPickedTitlesAsync(sections.SelectMany(s => s.Fields).Where(f => f.Kind == EditorKind.ContentPicker).ToList(), ct);
        return sections;
    }

    private static EditorField? PartEditor(ContentTypePartDefinition typePart, JsonObject? part)
    {
        var settings = typePart.Settings;
        EditorField? editor = typePart.PartName switch
        {
            "TitlePart" => new EditorField { Key = typePart.Name, Kind = EditorKind.Title, Label = "Titel", Required = true },
            "AutoroutePart" => new EditorField
            {
                Key = typePart.Name,
                Kind = EditorKind.Path,
                Label = "Adres (pad)",
                Hint = DefinitionSettings.Bool(settings, "AutoroutePartSettings", "AllowCustomPath")
                    ? "Laat leeg om het adres uit de titel te maken. Alleen kleine letters, cijfers, - en /."
                    : "Het adres wordt automatisch uit de titel gemaakt.",
            },
            "HtmlBodyPart" => new EditorField { Key = typePart.Name, Kind = EditorKind.Html, Label = "Tekst" },
            "MarkdownBodyPart" => new EditorField { Key = typePart.Name, Kind = EditorKind.Markdown, Label = "Tekst (Markdown)" },
            _ => null,
        };
        if (editor is null)
        {
            return null;
        }

        var property = PartProperty(editor.Kind);
        editor.Values[property] = StringOf(part?[property]);
        if (editor.Kind == EditorKind.Path)
        {
            editor.Values["AllowCustomPath"] = DefinitionSettings.Bool(settings, "AutoroutePartSettings", "AllowCustomPath") ? "true" : "false";
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

    private static EditorField? FieldEditor(string partName, ContentPartFieldDefinition field, JsonObject? value)
    {
        var settings = field.Settings;
        var settingsName = field.FieldName + "Settings";
        var label = DefinitionSettings.Text(settings, "ContentPartFieldSettings", "DisplayName") is { Length: > 0 } display ? display : field.Name;
        var editorName = DefinitionSettings.Text(settings, "ContentPartFieldSettings", "Editor");
        EditorKind? kind = field.FieldName switch
        {
            "TextField" => editorName is "TextArea" or "Multiline" ? EditorKind.TextArea : EditorKind.Text,
            "HtmlField" => EditorKind.Html,
            "MarkdownField" => EditorKind.Markdown,
            "NumericField" => EditorKind.Number,
            "BooleanField" => EditorKind.Boolean,
            "DateField" => EditorKind.Date,
            "DateTimeField" => EditorKind.DateTime,
            "TimeField" => EditorKind.Time,
            "LinkField" => EditorKind.Link,
            "ContentPickerField" => EditorKind.ContentPicker,
            "MediaField" => EditorKind.Media,
            _ => null,
        };
        if (kind is not { } editorKind)
        {
            return null;
        }

        var editor = new EditorField
        {
            Key = $"{partName}.{field.Name}",
            Kind = editorKind,
            Label = label,
            Hint = DefinitionSettings.Text(settings, settingsName, "Hint"),
            Required = DefinitionSettings.Bool(settings, settingsName, "Required"),
            Minimum = DefinitionSettings.Number(settings, settingsName, "Minimum"),
            Maximum = DefinitionSettings.Number(settings, settingsName, "Maximum"),
            Scale = (int)(DefinitionSettings.Number(settings, settingsName, "Scale") ?? 0),
            Multiple = DefinitionSettings.Bool(settings, settingsName, "Multiple"),
            PickerTypes = DefinitionSettings.Bool(settings, settingsName, "DisplayAllContentTypes") ? [] : DefinitionSettings.Strings(settings, settingsName, "DisplayedContentTypes"),
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
            default:
                throw new ArgumentOutOfRangeException(nameof(editor), editor.Kind, "Not a field editor.");
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

    private static string PartHeading(ContentTypePartDefinition typePart) =>
        DefinitionSettings.Text(typePart.Settings, "ContentTypePartSettings", "DisplayName") is { Length: > 0 } name
            ? name
            : StandardPartHeadings.GetValueOrDefault(typePart.PartName, typePart.Name);

    /// <summary>Dutch headings for Orchard's standard parts when the type gives no display name (editors do not know "HtmlBodyPart").</summary>
    private static readonly Dictionary<string, string> StandardPartHeadings = new(StringComparer.Ordinal)
    {
        ["HtmlBodyPart"] = "Tekst",
        ["MarkdownBodyPart"] = "Tekst (Markdown)",
        ["ListPart"] = "Lijst",
        ["ContainedPart"] = "Onderdeel van lijst",
        ["AliasPart"] = "Alias",
        ["PublishLaterPart"] = "Later publiceren",
        ["TaxonomyPart"] = "Taxonomie",
    };

    private static double PartPosition(ContentTypePartDefinition part) => Position(part.Settings, "ContentTypePartSettings");

    private static double FieldPosition(ContentPartFieldDefinition field) => Position(field.Settings, "ContentPartFieldSettings");

    private static double Position(JsonObject settings, string settingsName) =>
        (double?)DefinitionSettings.Number(settings, settingsName, "Position") ?? double.MaxValue;

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
