using LpbCms.Admin.Auditing;
using LpbCms.Admin.Services;
using LpbCms.Core.Deployment;
using LpbCms.Core.Recipes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Admin.Pages.Admin.Backup;

/// <summary>
/// Full backup (download, streamed into the response) and restore (upload, into a site without
/// content). Requires ManageRecipes (see <see cref="Security.AdminFolderPermissions"/>); both
/// posts carry the antiforgery token. A refused or failed import answers 400 with ProblemDetails
/// to a client that asks for JSON, and the page with the reason otherwise; nothing is stored.
/// </summary>
[BackupUploadLimits]
public sealed class IndexModel(
    DeploymentPackageExporter exporter,
    DeploymentPackageImporter importer,
    IOptions<DeploymentOptions> options,
    AuditRecorder audit,
    TimeProvider time,
    ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public string Versions { get; set; } = "latest";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RecipeResult? Result { get; private set; }

    public string? Error { get; private set; }

    public long MaxUploadMegabytes => options.Value.MaxUploadBytes / (1024 * 1024);

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var versions = Versions == "all" ? DeploymentVersions.All : DeploymentVersions.Latest;
        var now = time.GetUtcNow().UtcDateTime;
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"backup-{now:yyyyMMdd-HHmmss}.zip\"";
        await exporter.ExportAsync(Response.Body, versions, User.Identity?.Name, ct);
        await audit.RecordAsync(AuditActions.BackupExported, details: new { Versions = versions.ToString() }, ct: ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Kies een back-uppakket (.zip) om te uploaden.");
        }

        if (Upload.Length > options.Value.MaxUploadBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"Het bestand is te groot (maximaal {MaxUploadMegabytes} MB).");
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            Result = await importer.ImportAsync(stream, progress: null, ct);

            // Recorded only after the package was stored; a refused one leaves no entry.
            await audit.RecordAsync(AuditActions.BackupImported, details: new { File = Path.GetFileName(Upload.FileName) }, ct: ct);
            return Page();
        }
        catch (DeploymentPackageException ex)
        {
            logger.LogWarning("Backup upload {File} refused: {Reason}", Path.GetFileName(Upload.FileName), ex.Message);
            var status = ex.Reason == DeploymentRefusal.SiteNotEmpty ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Refuse(status, BackupRefusalText.For(ex.Reason));
        }
        catch (RecipeException ex)
        {
            logger.LogWarning("Backup upload {File} failed: {Reason}", Path.GetFileName(Upload.FileName), ex.Message);
            return Refuse(StatusCodes.Status400BadRequest, $"Een stap van het pakket is mislukt (stap {ex.StepIndex + 1}, '{ex.StepName}'); er is niets opgeslagen. Melding: {ex.Detail}");
        }
    }

    private IActionResult Refuse(int status, string message)
    {
        if (Request.Headers.Accept.Any(a => a?.Contains("json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = "Het back-uppakket is geweigerd", Detail = message })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
