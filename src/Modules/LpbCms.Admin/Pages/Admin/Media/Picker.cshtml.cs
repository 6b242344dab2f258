using LpbCms.Admin.Security;
using LpbCms.Core.Media;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Media;

/// <summary>
/// The media field's picker: the library's images as JSON. Anyone who may edit content may pick
/// (the files are public under /media anyway); managing the library needs ManageMedia.
/// </summary>
public sealed class PickerModel(IMediaLibrary library, IContentAuthorizer authorizer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AuthorizeAsync(User, ContentPermissions.EditOwnContent, ct: ct)
            && !await authorizer.AuthorizeAsync(User, DependencyPermissions.ManageMedia, ct: ct))
        {
            return Forbid();
        }

        var images = await library.ListImagesAsync(ct: ct);
        return new JsonResult(images.Select(i => new { path = i.Path, name = i.Name }));
    }
}
