using LpbCms.Admin.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin;

/// <summary>The admin's start page: shortcuts to the content list and to creating items.</summary>
public sealed class IndexModel(ContentTypeCatalog types) : PageModel
{
    public IReadOnlyList<ContentTypeChoice> CreatableTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => CreatableTypes = await types.GetCreatableAsync(User, ct);
}
