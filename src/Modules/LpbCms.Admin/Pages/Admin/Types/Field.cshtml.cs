using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Types;

/// <summary>
/// The settings of one field of a type's own part: label, hint, required, editor, and the field's
/// own settings object as JSON (minimum, maximum, multiple, ...). Requires EditContentTypes.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "EditContentTypes")]
public sealed class FieldModel(IContentDefinitionManager definitions, ContentTypeEditor editor) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public ContentTypeDefinition? Type { get; private set; }

    public ContentPartFieldDefinition? Definition { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Hint { get; set; }

    [BindProperty]
    public bool Required { get; set; }

    [BindProperty]
    public string? Editor { get; set; }

    [BindProperty]
    public string? SettingsJson { get; set; }

    public string SettingsName => Definition!.FieldName + "Settings";

    public async Task<IActionResult> OnGetAsync(string name, string field, CancellationToken ct)
    {
        if (await LoadAsync(name, field, ct) is { } missing)
        {
            return missing;
        }

        var settings = Definition!.Settings;
        DisplayName = DefinitionSettingsReader.Text(settings, "ContentPartFieldSettings", "DisplayName") ?? field;
        Editor = DefinitionSettingsReader.Text(settings, "ContentPartFieldSettings", "Editor");
        Hint = DefinitionSettingsReader.Text(settings, SettingsName, "Hint");
        Required = DefinitionSettingsReader.Bool(settings, SettingsName, "Required");
        SettingsJson = (settings[SettingsName] as JsonObject ?? []).ToJsonString(Indented);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string field, CancellationToken ct)
    {
        if (await LoadAsync(name, field, ct) is { } missing)
        {
            return missing;
        }

        JsonObject own;
        try
        {
            own = string.IsNullOrWhiteSpace(SettingsJson) ? [] : JsonNode.Parse(SettingsJson) as JsonObject
                ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            Error = "De overige instellingen zijn geen geldig JSON-object, bijvoorbeeld { \"Multiple\": true }.";
            return Page();
        }

        try
        {
            await editor.UpdateFieldAsync(name, field, new ContentFieldInput(DisplayName, Hint, Required, Editor, own), ct);
        }
        catch (ContentTypeEditException ex)
        {
            Error = ex.Message;
            return Page();
        }

        TempData["Message"] = $"Het veld '{DisplayName}' is opgeslagen.";
        return Redirect("/admin/typen/" + Uri.EscapeDataString(name));
    }

    private async Task<IActionResult?> LoadAsync(string name, string field, CancellationToken ct)
    {
        var document = await definitions.GetDocumentAsync(ct);
        Type = document.FindType(name);
        Definition = Type is null ? null : document.FindPartDefinition(Type.Name)?.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == field);
        return Definition is null ? NotFound() : null;
    }
}
