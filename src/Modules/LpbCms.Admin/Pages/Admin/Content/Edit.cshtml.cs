using LpbCms.Admin.Editing;
using LpbCms.Admin.Endpoints;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>
/// Edits an item: save as draft or publish. The form carries the latest version's id and revision
/// as loaded; when someone saved the item since, nothing is stored and the form keeps the input.
/// </summary>
public sealed class EditModel(
    IContentManager manager, IContentStore store, ItemFormFactory forms, ContentActionAuthorizer authorizer, AdminAssetCatalog assets) : PageModel
{
    public AdminAssetCatalog Assets => assets;

    public ItemFormState? State { get; private set; }

    public bool HasPublished { get; private set; }

    public bool HasDraft { get; private set; }

    public bool CanClone { get; private set; }

    public bool CanDelete { get; private set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string BaseVersionId { get; set; } = "";

    [BindProperty]
    public int BaseRevision { get; set; }

    [BindProperty]
    public string? ConflictVersionId { get; set; }

    [BindProperty]
    public int ConflictRevision { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var latest = await store.GetAsync(id, VersionScope.Latest, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentPermissions.EditContent, latest, ct))
        {
            return Forbid();
        }

        State = await forms.CreateAsync(latest, latest, User, isNew: false, ct);
        await LoadStatusAsync(latest, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var latest = await store.GetAsync(id, VersionScope.Latest, ct);
        if (latest is null)
        {
            return NotFound();
        }

        var publish = Action == "publiceren";
        if (!await authorizer.CanAsync(User, ContentPermissions.EditContent, latest, ct)
            || (publish && !await authorizer.CanAsync(User, ContentPermissions.PublishContent, latest, ct)))
        {
            return Forbid();
        }

        // "Save anyway" after a conflict: the user has seen the newer version, so it becomes the base.
        var (baseId, baseRevision) = Action == "toch-opslaan" && ConflictVersionId is { Length: > 0 } ? (ConflictVersionId, ConflictRevision) : (BaseVersionId, BaseRevision);
        var item = await manager.GetForEditAsync(id, ct) ?? latest;
        var (state, inputErrors) = await forms.ApplyAsync(item, Request.Form, BaseOf(baseId, baseRevision), User, isNew: false, ct);
        State = state;
        await LoadStatusAsync(latest, ct);
        if (latest.ContentItemVersionId != baseId || latest.Revision != baseRevision)
        {
            state.ConflictingVersion = latest;
            return Page();
        }

        if (inputErrors.Count > 0)
        {
            return Page();
        }

        try
        {
            if (publish)
            {
                await manager.PublishAsync(item, ct);
            }
            else
            {
                await manager.SaveDraftAsync(item, ct);
            }
        }
        catch (ContentValidationException ex)
        {
            state.AddErrors(ex.Errors);
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            state.ConflictingVersion = await store.GetAsync(id, VersionScope.Latest, ct) ?? latest;
            return Page();
        }

        TempData["Message"] = publish ? "Het item is gepubliceerd." : "Het item is opgeslagen als concept.";
        return Redirect($"/admin/inhoud/{Uri.EscapeDataString(id)}");
    }

    private static ContentItem BaseOf(string versionId, int revision) => new() { ContentItemVersionId = versionId, Revision = revision };

    private async Task LoadStatusAsync(ContentItem latest, CancellationToken ct)
    {
        HasPublished = latest.Published || await store.GetAsync(latest.ContentItemId, VersionScope.Published, ct) is not null;
        HasDraft = !latest.Published;
        CanClone = await authorizer.CanAsync(User, ContentPermissions.CloneContent, latest, ct);
        CanDelete = await authorizer.CanAsync(User, ContentPermissions.DeleteContent, latest, ct);
    }
}
