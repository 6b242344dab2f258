using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>An item's versions (who, when), the differences between two of them, and restore as a new draft.</summary>
public sealed class HistoryModel(IContentStore store, ContentActionAuthorizer authorizer) : PageModel
{
    public string Id { get; private set; } = "";

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public ContentItem? From { get; private set; }

    public ContentItem? To { get; private set; }

    public IReadOnlyList<(string Path, string? Before, string? After)> Differences { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, [FromQuery(Name = "van")] string? from, [FromQuery(Name = "met")] string? to, CancellationToken ct)
    {
        Id = id;
        Versions = await store.GetVersionsAsync(id, ct);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        var current = Versions.FirstOrDefault(v => v.Latest) ?? Versions[^1];
        if (!await authorizer.CanAsync(User, ContentPermissions.EditContent, current, ct))
        {
            return Forbid();
        }

        CanRestore = true;
        To = Versions.FirstOrDefault(v => v.ContentItemVersionId == to) ?? Versions[^1];
        From = Versions.FirstOrDefault(v => v.ContentItemVersionId == from) ?? (Versions.Count > 1 ? Versions[^2] : null);
        if (From is not null)
        {
            Differences = VersionDiff.Compare(From, To);
        }

        return Page();
    }
}
