using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>Asks for confirmation, then soft-deletes the item (Orchard's remove: versions are kept).</summary>
public sealed class DeleteModel(IContentManager manager, IContentStore store, ContentActionAuthorizer authorizer) : PageModel
{
    public ContentItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        await manager.RemoveAsync(id, ct);
        TempData["Message"] = $"'{Item!.DisplayText}' is verwijderd.";
        return Redirect("/admin/inhoud");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        Item = await store.GetAsync(id, VersionScope.Latest, ct);
        if (Item is null)
        {
            return NotFound();
        }

        return await authorizer.CanAsync(User, ContentPermissions.DeleteContent, Item, ct) ? null : Forbid();
    }
}
