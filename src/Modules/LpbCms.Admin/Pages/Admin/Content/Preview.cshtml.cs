using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>
/// Shows the latest version (usually the draft) rendered by the public theme, without publishing.
/// When the theme registers no <see cref="IContentPreviewRenderer"/>, the page says so.
/// </summary>
public sealed class PreviewModel(IContentStore store, ContentActionAuthorizer authorizer, IEnumerable<IContentPreviewRenderer> renderers) : PageModel
{
    public string Id { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Id = id;
        var latest = await store.GetAsync(id, VersionScope.Latest, ct);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, ContentPermissions.PreviewContent, latest, ct)
            && !await authorizer.CanAsync(User, ContentPermissions.EditContent, latest, ct))
        {
            return Forbid();
        }

        if (renderers.LastOrDefault() is not { } renderer)
        {
            return Page();
        }

        var html = await renderer.RenderPreviewAsync(latest, ct);
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Content(html, "text/html; charset=utf-8");
    }
}
