using LpbCms.Admin.Services;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>The content picker's search: latest versions whose title contains the text, as JSON.</summary>
public sealed class SearchModel(IContentStore store, ContentTypeCatalog types, IContentAuthorizer authorizer) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] string? q, [FromQuery(Name = "typen")] string? typeList, CancellationToken ct)
    {
        if (!await authorizer.AuthorizeAsync(User, ContentPermissions.ViewContent, ct: ct))
        {
            return Forbid();
        }

        var listable = (await types.GetListableAsync(ct)).Select(t => t.Name).ToList();
        var wanted = (typeList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await store.QueryAsync(
            new ContentQuery
            {
                Scope = VersionScope.Latest,
                ContentTypes = wanted.Length > 0 ? wanted : listable,
                DisplayTextContains = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
                OrderBy = new ContentOrder(ContentOrderColumn.DisplayText, Descending: false),
                Take = 15,
            },
            ct);
        return new JsonResult(result.Items.Select(i => new { id = i.ContentItemId, title = i.DisplayText ?? i.ContentItemId, type = i.ContentType }));
    }
}
