using LpbCms.Admin.Services;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Types;

/// <summary>
/// One content type: its settings, its parts (add, reorder, remove) and the fields of its own part
/// (add, reorder, remove). Every change is its own POST, stored at once. Requires EditContentTypes.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "EditContentTypes")]
public sealed class EditModel(IContentDefinitionManager definitions, ContentTypeEditor editor) : PageModel
{
    public ContentDefinitionDocument Document { get; private set; } = new();

    /// <summary>The types editor, for the field types and parts the forms offer.</summary>
    public ContentTypeEditor Editor => editor;

    public ContentTypeDefinition? Type { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public bool Creatable { get; set; }

    [BindProperty]
    public bool Listable { get; set; }

    [BindProperty]
    public bool Draftable { get; set; }

    [BindProperty]
    public bool Versionable { get; set; }

    [BindProperty]
    public bool Securable { get; set; }

    [BindProperty]
    public string? Stereotype { get; set; }

    [BindProperty]
    public string? Part { get; set; }

    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public string? FieldType { get; set; }

    [BindProperty]
    public string? FieldDisplayName { get; set; }

    /// <summary>-1 moves up, 1 moves down.</summary>
    [BindProperty]
    public int Offset { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct) => await LoadAsync(name, ct) ?? Page();

    public Task<IActionResult> OnPostSettingsAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, "De instellingen zijn opgeslagen.", () => editor.UpdateTypeSettingsAsync(
            name, new ContentTypeSettingsInput(DisplayName, Creatable, Listable, Draftable, Versionable, Securable, Stereotype), ct), ct);

    public Task<IActionResult> OnPostAddPartAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het onderdeel '{Part}' is toegevoegd.", () => editor.AddPartAsync(name, Part, ct), ct);

    public Task<IActionResult> OnPostMovePartAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het onderdeel '{Part}' is verplaatst.", () => editor.MovePartAsync(name, Part ?? "", Math.Sign(Offset), ct), ct);

    public Task<IActionResult> OnPostRemovePartAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het onderdeel '{Part}' is verwijderd.", () => editor.RemovePartAsync(name, Part ?? "", ct), ct);

    public Task<IActionResult> OnPostAddFieldAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het veld '{Field}' is toegevoegd.", () => editor.AddFieldAsync(name, FieldType, Field, FieldDisplayName, ct), ct);

    public Task<IActionResult> OnPostMoveFieldAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het veld '{Field}' is verplaatst.", () => editor.MoveFieldAsync(name, Field ?? "", Math.Sign(Offset), ct), ct);

    public Task<IActionResult> OnPostRemoveFieldAsync(string name, CancellationToken ct) =>
        ChangeAsync(name, $"Het veld '{Field}' is verwijderd.", () => editor.RemoveFieldAsync(name, Field ?? "", ct), ct);

    private async Task<IActionResult> ChangeAsync(string name, string message, Func<Task> change, CancellationToken ct)
    {
        if (await LoadAsync(name, ct) is { } missing)
        {
            return missing;
        }

        try
        {
            await change();
        }
        catch (ContentTypeEditException ex)
        {
            Error = ex.Message;
            return Page();
        }

        TempData["Message"] = message;
        return Redirect("/admin/typen/" + Uri.EscapeDataString(name));
    }

    private async Task<IActionResult?> LoadAsync(string name, CancellationToken ct)
    {
        Document = await definitions.GetDocumentAsync(ct);
        Type = Document.FindType(name);
        return Type is null ? NotFound() : null;
    }
}
