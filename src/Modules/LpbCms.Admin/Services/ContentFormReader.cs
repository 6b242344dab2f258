using System.Globalization;
using System.Text.Json.Nodes;
using LpbCms.Admin.Editing;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace LpbCms.Admin.Services;

/// <summary>
/// Copies the posted form into the item's JSON, editor by editor: only the properties an editor
/// owns are written, everything else in the part stays as it was. Values that cannot be read
/// (a number that is not a number) are reported as errors at the field's JSON path.
/// </summary>
public static class ContentFormReader
{
    public static IReadOnlyList<ContentValidationError> Apply(ContentItem item, IReadOnlyList<EditorSection> sections, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<ContentValidationError>();
        foreach (var editor in sections.SelectMany(s => s.Fields))
        {
            var target = Target(item.Content, editor.Key);
            Read(editor, target, form, errors);

            // The title editor's value is the item's display text at once (the preview shows it before saving).
            if (editor.Kind == EditorKind.Title && target["Title"] is JsonValue title)
            {
                item.DisplayText = title.GetValue<string>();
            }
        }

        return errors;
    }

    private static void Read(EditorField editor, JsonObject target, IFormCollection form, List<ContentValidationError> errors)
    {
        string? Text(string property) => form[editor.InputName(property)] is { Count: > 0 } v ? v.ToString() : null;
        switch (editor.Kind)
        {
            case EditorKind.Title:
                target["Title"] = (Text("Title") ?? "").Trim();
                break;
            case EditorKind.Path:
                // Without AllowCustomPath the path always comes from the pattern; a posted one is ignored.
                if (editor.Value("AllowCustomPath") == "true")
                {
                    target["Path"] = (Text("Path") ?? "").Trim();
                }

                break;
            case EditorKind.Text or EditorKind.TextArea:
                target["Text"] = Text("Text") ?? "";
                break;
            case EditorKind.Html:
                target["Html"] = Text("Html") ?? "";
                break;
            case EditorKind.Markdown:
                target["Markdown"] = Text("Markdown") ?? "";
                break;
            case EditorKind.Number:
                target["Value"] = ReadNumber(editor, Text("Value"), errors);
                break;
            case EditorKind.Boolean:
                target["Value"] = form[editor.InputName("Value")].Any(v => v == "true");
                break;
            case EditorKind.Date:
                target["Value"] = ReadDate(editor, Text("Value"), errors);
                break;
            case EditorKind.DateTime:
                target["Value"] = ReadDateTime(editor, Text("Value"), errors);
                break;
            case EditorKind.Time:
                target["Value"] = ReadTime(editor, Text("Value"), errors);
                break;
            case EditorKind.Link:
                target["Url"] = (Text("Url") ?? "").Trim();
                target["Text"] = (Text("Text") ?? "").Trim();
                target["Target"] = Text("Target") is { Length: > 0 } linkTarget ? linkTarget : null;
                break;
            case EditorKind.ContentPicker:
                target["ContentItemIds"] = new JsonArray([.. NonEmpty(form[editor.InputName("ContentItemIds")]).Distinct(StringComparer.Ordinal).Select(id => (JsonNode?)id)]);
                break;
            case EditorKind.Media:
                ReadMedia(editor, target, form);
                break;
            case EditorKind.TextList or EditorKind.Choice:
                // Check boxes post one value each; the free-text list posts one value per line.
                var posted = form[editor.InputName(editor.Property!)].SelectMany(v => (v ?? "").Split('\n'));
                target[editor.Property!] = new JsonArray([.. NonEmpty(new StringValues([.. posted])).Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)v)]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(editor), editor.Kind, "Unknown editor kind.");
        }
    }

    private static void ReadMedia(EditorField editor, JsonObject target, IFormCollection form)
    {
        var paths = form[editor.InputName("Paths")];
        var texts = form[editor.InputName("MediaTexts")];
        var keptPaths = new JsonArray();
        var keptTexts = new JsonArray();
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] is { Length: > 0 } path && path.Trim() is { Length: > 0 } trimmed)
            {
                keptPaths.Add(trimmed);
                keptTexts.Add(i < texts.Count ? texts[i] ?? "" : "");
            }
        }

        target["Paths"] = keptPaths;
        target["MediaTexts"] = keptTexts;
    }

    private static JsonNode? ReadNumber(EditorField editor, string? text, List<ContentValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Dutch editors type a decimal comma; the browser's number input sends a point.
        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new ContentValidationError(editor.Key + ".Value", $"'{text}' is geen getal."));
        return null;
    }

    private static JsonNode? ReadDate(EditorField editor, string? text, List<ContentValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
        }

        errors.Add(new ContentValidationError(editor.Key + ".Value", $"'{text}' is geen datum (jjjj-mm-dd)."));
        return null;
    }

    private static JsonNode? ReadDateTime(EditorField editor, string? text, List<ContentValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (SiteTime.TryToStored(text.Trim(), out var stored))
        {
            return stored;
        }

        errors.Add(new ContentValidationError(editor.Key + ".Value", $"'{text}' is geen datum met tijd."));
        return null;
    }

    private static JsonNode? ReadTime(EditorField editor, string? text, List<ContentValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var time))
        {
            return time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        }

        errors.Add(new ContentValidationError(editor.Key + ".Value", $"'{text}' is geen tijd (uu:mm)."));
        return null;
    }

    private static IEnumerable<string> NonEmpty(StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());

    /// <summary>The part object (for a part editor, key <c>TitlePart</c>) or field object (<c>Gift.Organisation</c>), created when missing.</summary>
    private static JsonObject Target(JsonObject content, string key)
    {
        var current = content;
        foreach (var segment in key.Split('.'))
        {
            if (current[segment] is not JsonObject next)
            {
                next = [];
                current[segment] = next;
            }

            current = next;
        }

        return current;
    }
}
