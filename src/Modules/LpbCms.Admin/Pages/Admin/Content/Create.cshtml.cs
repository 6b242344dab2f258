using LpbCms.Admin.Editing;
using LpbCms.Admin.Endpoints;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>Creates an item of a creatable type, as a draft or published; the creator becomes its owner.</summary>
public sealed class CreateModel(
    IContentManager manager, IContentDefinitionManager definitions, IContentUserAccessor currentUser, ItemFormFactory forms,
    ContentActionAuthorizer authorizer, AdminAssetCatalog assets) : PageModel
{
    public AdminAssetCatalog Assets => assets;

    public ItemFormState? State { get; private set; }

    [BindProperty]
    public string? Action { get; set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        if (await NewItemAsync(type, ct) is not { } item)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentPermissions.EditContent, item, ct))
        {
            return Forbid();
        }

        State = await forms.CreateAsync(item, null, User, isNew: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, CancellationToken ct)
    {
        if (await NewItemAsync(type, ct) is not { } item)
        {
            return NotFound();
        }

        var publish = Action == "publiceren";
        if (!await authorizer.CanAsync(User, ContentPermissions.EditContent, item, ct)
            || (publish && !await authorizer.CanAsync(User, ContentPermissions.PublishContent, item, ct)))
        {
            return Forbid();
        }

        var (state, inputErrors) = await forms.ApplyAsync(item, Request.Form, null, User, isNew: true, ct);
        State = state;
        if (inputErrors.Count > 0)
        {
            return Page();
        }

        try
        {
            await manager.CreateAsync(item, publish, ct);
        }
        catch (ContentValidationException ex)
        {
            state.AddErrors(ex.Errors);
            return Page();
        }

        TempData["Message"] = publish ? "Het item is aangemaakt en gepubliceerd." : "Het item is aangemaakt als concept.";
        return Redirect($"/admin/inhoud/{Uri.EscapeDataString(item.ContentItemId)}");
    }

    /// <summary>A new item owned by the current user (so the own-item rules apply to it), or null when the type is not creatable.</summary>
    private async Task<ContentItem?> NewItemAsync(string type, CancellationToken ct)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type, ct);
        if (definition is null || !definition.GetTypeSettings().Creatable)
        {
            return null;
        }

        var item = await manager.NewAsync(type, ct);
        item.Owner = currentUser.UserId;
        item.Author = currentUser.UserName;
        return item;
    }
}
