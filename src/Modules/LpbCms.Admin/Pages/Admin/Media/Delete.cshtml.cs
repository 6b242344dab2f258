using LpbCms.Admin.Auditing;
using LpbCms.Admin.Services;
using LpbCms.Core.Media;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Media;

/// <summary>
/// Deletes a media file or an empty folder after confirmation. When content still uses the file,
/// the page lists those items and the deletion needs an explicit extra confirmation, also for a
/// direct POST. Requires ManageMedia. A deletion is audited once it succeeded (files live outside the database).
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "ManageMedia")]
public sealed class DeleteModel(IMediaLibrary library, AuditRecorder audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pad")]
    public string? Path { get; set; }

    /// <summary>The editor confirmed deleting a file that content still uses.</summary>
    [BindProperty]
    public bool ConfirmInUse { get; set; }

    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];

    public string? Error { get; private set; }

    public string Parent => Path is { } path && path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    public string Name => Path is { } path ? path[(path.LastIndexOf('/') + 1)..] : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (Uses.Count > 0 && !ConfirmInUse)
        {
            Error = "Dit bestand wordt nog gebruikt. Vink aan dat u het toch wilt verwijderen.";
            return Page();
        }

        try
        {
            var isFolder = await IsFolderAsync(ct);
            if (await library.DeleteAsync(Path!, ct))
            {
                await audit.RecordAsync(isFolder ? AuditActions.MediaFolderDeleted : AuditActions.MediaDeleted, details: new { Path }, ct: ct);
            }
        }
        catch (MediaLibraryException ex)
        {
            Error = MediaMessages.For(ex, library, Name);
            return Page();
        }

        TempData["Message"] = $"'{Name}' is verwijderd.";
        return Redirect(Parent.Length == 0 ? "/admin/media" : "/admin/media?map=" + Uri.EscapeDataString(Parent));
    }

    private async Task<bool> IsFolderAsync(CancellationToken ct)
    {
        var parent = await library.ListAsync(Parent, ct);
        return parent.Folders.Any(f => string.Equals(f.Path, Path, StringComparison.Ordinal));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return NotFound();
        }

        try
        {
            Uses = await library.FindUsesAsync(Path, ct);
            return null;
        }
        catch (MediaLibraryException)
        {
            return NotFound();
        }
    }
}
