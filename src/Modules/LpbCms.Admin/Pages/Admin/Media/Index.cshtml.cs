using LpbCms.Admin.Auditing;
using LpbCms.Admin.Services;
using LpbCms.Core.Media;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Media;

/// <summary>
/// The media library: browse folders, upload files, create folders. Requires ManageMedia for every
/// request. Files live outside the database, so each stored upload or folder is audited after it succeeded.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + "ManageMedia")]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class IndexModel(IMediaLibrary library, AuditRecorder audit) : PageModel
{
    /// <summary>The request may hold several files; each one is held to the library's own limit.</summary>
    private const long MaxRequestBytes = 200L * 1024 * 1024;

    public IMediaLibrary Library => library;

    [BindProperty(SupportsGet = true, Name = "map")]
    public string? Folder { get; set; }

    [BindProperty]
    public IList<IFormFile> Uploads { get; set; } = [];

    [BindProperty]
    public string? FolderName { get; set; }

    public MediaFolderListing? Listing { get; private set; }

    public IList<string> Errors { get; } = [];

    public IList<string> Uploaded { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Uploads.Count == 0)
        {
            Errors.Add("Kies een of meer bestanden om te uploaden.");
            return Page();
        }

        foreach (var upload in Uploads)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                var stored = await library.UploadAsync(Listing!.Folder, upload.FileName, upload.Length, stream, ct);
                Uploaded.Add(stored.Name);
                await audit.RecordAsync(AuditActions.MediaUploaded, details: new { stored.Path, Size = upload.Length }, ct: ct);
            }
            catch (MediaLibraryException ex)
            {
                Errors.Add(MediaMessages.For(ex, library, Path.GetFileName(upload.FileName)));
            }
        }

        if (Errors.Count > 0)
        {
            Listing = await library.ListAsync(Listing!.Folder, ct);
            return Page();
        }

        TempData["Message"] = Uploaded.Count == 1 ? $"'{Uploaded[0]}' is geüpload." : $"{Uploaded.Count} bestanden zijn geüpload.";
        return RedirectToFolder(Listing!.Folder);
    }

    public async Task<IActionResult> OnPostFolderAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (string.IsNullOrWhiteSpace(FolderName))
        {
            Errors.Add("Geef de nieuwe map een naam.");
            return Page();
        }

        try
        {
            var path = await library.CreateFolderAsync(Listing!.Folder, FolderName, ct);
            await audit.RecordAsync(AuditActions.MediaFolderCreated, details: new { Path = path }, ct: ct);
            TempData["Message"] = $"De map '{FolderName.Trim()}' is gemaakt.";
            return RedirectToFolder(path);
        }
        catch (MediaLibraryException ex)
        {
            Errors.Add(MediaMessages.For(ex, library, FolderName));
            return Page();
        }
    }

    /// <summary>The parent folders of the current one, for the breadcrumb: (name, path).</summary>
    public IReadOnlyList<(string Name, string Path)> Breadcrumb()
    {
        var crumbs = new List<(string, string)>();
        var folder = Listing?.Folder ?? "";
        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            crumbs.Add((segments[i], string.Join('/', segments[..(i + 1)])));
        }

        return crumbs;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Listing = await library.ListAsync(Folder, ct);
            return null;
        }
        catch (MediaLibraryException)
        {
            return NotFound();
        }
    }

    private RedirectResult RedirectToFolder(string folder) =>
        Redirect(folder.Length == 0 ? "/admin/media" : "/admin/media?map=" + Uri.EscapeDataString(folder));
}
