using System.Text;
using System.Text.Json;
using LpbCms.Admin.Auditing;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Export;

/// <summary>
/// Exports chosen content types and/or content (or everything) as an Orchard recipe to download.
/// Exports can hold drafts and every definition, so they need ManageRecipes (Administrators), and
/// each one is audited.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "ManageRecipes")]
public sealed class IndexModel(IContentDefinitionManager definitions, RecipeExporter exporter, AuditRecorder audit, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [BindProperty]
    public bool Everything { get; set; }

    [BindProperty]
    public IList<string> DefinitionTypes { get; set; } = [];

    [BindProperty]
    public IList<string> ContentTypes { get; set; } = [];

    [BindProperty]
    public IList<string> ItemIds { get; set; } = [];

    public IReadOnlyList<ContentTypeChoice> Types { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadTypesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTypesAsync(ct);
        var known = Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var selection = new ExportSelection
        {
            Everything = Everything,
            DefinitionTypes = [.. DefinitionTypes.Where(known.Contains)],
            ContentTypes = [.. ContentTypes.Where(known.Contains)],
            ContentItemIds = [.. ItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim())],
        };
        if (selection.IsEmpty)
        {
            Error = "Kies wat u wilt exporteren: alles, inhoudstypen, inhoud van een type of losse items.";
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var recipe = await exporter.ExportAsync(selection, User.Identity?.Name, now, ct);
        var bytes = Encoding.UTF8.GetBytes(recipe.ToJsonString(Indented));
        await audit.RecordAsync(
            AuditActions.ExportDownloaded,
            details: new { selection.Everything, selection.DefinitionTypes, selection.ContentTypes, selection.ContentItemIds, Bytes = bytes.Length },
            ct: ct);
        return File(bytes, "application/json", $"export-{now:yyyyMMdd-HHmm}.recipe.json");
    }

    private async Task LoadTypesAsync(CancellationToken ct)
    {
        var document = await definitions.GetDocumentAsync(ct);
        Types = [.. document.ContentTypes.Select(ContentTypeCatalog.Choice).OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }
}
