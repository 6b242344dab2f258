using LpbCms.Admin.Services;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Types;

/// <summary>Lists the content types and creates new ones. Requires EditContentTypes for every request.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + "EditContentTypes")]
public sealed class IndexModel(IContentDefinitionManager definitions, ContentTypeEditor editor) : PageModel
{
    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewDisplayName { get; set; }

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await editor.CreateTypeAsync(NewName, NewDisplayName, ct);
        }
        catch (ContentTypeEditException ex)
        {
            Error = ex.Message;
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = $"Het inhoudstype '{(string.IsNullOrWhiteSpace(NewDisplayName) ? NewName : NewDisplayName)}' is gemaakt.";
        return Redirect("/admin/typen/" + Uri.EscapeDataString(NewName!.Trim()));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var document = await definitions.GetDocumentAsync(ct);
        Types = [.. document.ContentTypes.OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
