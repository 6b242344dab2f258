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
/// The settings of one part on a type as JSON, keyed by settings class as Orchard stores them
/// (e.g. <c>{ "AutoroutePartSettings": { "Pattern": "...", "AllowCustomPath": true } }</c>).
/// The part's position is kept. Requires EditContentTypes.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "EditContentTypes")]
public sealed class PartModel(IContentDefinitionManager definitions, ContentTypeEditor editor) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public ContentTypeDefinition? Type { get; private set; }

    public ContentTypePartDefinition? Definition { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? SettingsJson { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, string part, CancellationToken ct)
    {
        if (await LoadAsync(name, part, ct) is { } missing)
        {
            return missing;
        }

        SettingsJson = Definition!.Settings.ToJsonString(Indented);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string part, CancellationToken ct)
    {
        if (await LoadAsync(name, part, ct) is { } missing)
        {
            return missing;
        }

        JsonObject settings;
        try
        {
            settings = string.IsNullOrWhiteSpace(SettingsJson) ? [] : JsonNode.Parse(SettingsJson) as JsonObject
                ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            Error = "De instellingen zijn geen geldig JSON-object.";
            return Page();
        }

        try
        {
            await editor.UpdatePartSettingsAsync(name, part, settings, ct);
        }
        catch (ContentTypeEditException ex)
        {
            Error = ex.Message;
            return Page();
        }

        TempData["Message"] = $"De instellingen van '{part}' zijn opgeslagen.";
        return Redirect("/admin/typen/" + Uri.EscapeDataString(name));
    }

    private async Task<IActionResult?> LoadAsync(string name, string part, CancellationToken ct)
    {
        var document = await definitions.GetDocumentAsync(ct);
        Type = document.FindType(name);
        Definition = Type?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == part);
        return Definition is null ? NotFound() : null;
    }
}
