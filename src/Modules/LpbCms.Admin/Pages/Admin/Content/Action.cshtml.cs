using LpbCms.Admin.Auditing;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>
/// Lifecycle actions posted from the list and the editor: publish, unpublish, discard the draft,
/// clone and restore a version as a draft. Each checks its permission against the item here.
/// </summary>
public sealed class ActionModel(IContentManager manager, IContentStore store, ContentActionAuthorizer authorizer, AuditRecorder audit) : PageModel
{
    [BindProperty]
    public string? VersionId { get; set; }

    /// <summary>Where to go afterwards (the filtered list the action came from); only admin URLs are followed.</summary>
    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet(string id) => Redirect($"/admin/inhoud/{Uri.EscapeDataString(id)}");

    public async Task<IActionResult> OnPostAsync(string id, string action, CancellationToken ct)
    {
        var latest = await store.GetAsync(id, VersionScope.Latest, ct);
        if (latest is null)
        {
            return NotFound();
        }

        var permission = action switch
        {
            "publiceren" or "depubliceren" => ContentPermissions.PublishContent,
            "concept-weggooien" or "herstellen" => ContentPermissions.EditContent,
            "kopieren" => ContentPermissions.CloneContent,
            _ => null,
        };
        if (permission is null)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, permission, latest, ct))
        {
            return Forbid();
        }

        string? target;
        try
        {
            target = await RunAsync(action, id, latest, ct);
        }
        catch (ContentValidationException ex)
        {
            TempData["Message"] = "De actie is niet uitgevoerd: " + string.Join(" ", ex.Errors.Select(e => e.Message));
            target = ItemUrl(id);
        }
        catch (InvalidOperationException ex)
        {
            TempData["Message"] = "De actie is niet uitgevoerd: " + ex.Message;
            target = ItemUrl(id);
        }

        if (target is null)
        {
            return NotFound();
        }

        return Redirect(action != "kopieren" && ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) && back.StartsWith("/admin/", StringComparison.Ordinal) ? back : target);
    }

    private static string ItemUrl(string id) => $"/admin/inhoud/{Uri.EscapeDataString(id)}";

    /// <summary>Runs the action; returns where to go next, or null when the version to restore does not belong to the item.</summary>
    private async Task<string?> RunAsync(string action, string id, ContentItem latest, CancellationToken ct)
    {
        switch (action)
        {
            case "publiceren":
                if (latest.Published)
                {
                    TempData["Message"] = "Dit item was al gepubliceerd.";
                    break;
                }

                await manager.PublishAsync(await manager.GetForEditAsync(id, ct) ?? latest, ct);
                TempData["Message"] = $"'{latest.DisplayText}' is gepubliceerd.";
                break;
            case "depubliceren":
                await manager.UnpublishAsync(id, ct);
                TempData["Message"] = $"'{latest.DisplayText}' is niet meer gepubliceerd.";
                break;
            case "concept-weggooien":
                await manager.DiscardDraftAsync(id, ct);
                await audit.RecordAsync(AuditActions.ContentDraftDiscarded, latest, ct: ct);
                TempData["Message"] = "Het concept is weggegooid; de gepubliceerde versie is weer de nieuwste.";
                break;
            case "kopieren":
                var clone = await manager.CloneAsync(id, ct);
                await audit.RecordAsync(AuditActions.ContentCloned, clone, new { CopiedFrom = id }, ct);
                TempData["Message"] = "Er is een kopie gemaakt als concept. U bewerkt nu de kopie.";
                return ItemUrl(clone.ContentItemId);
            default:
                var version = VersionId is { Length: > 0 } ? await store.GetVersionAsync(VersionId, ct) : null;
                if (version is null || version.ContentItemId != id)
                {
                    return null;
                }

                var restored = await manager.RestoreVersionAsync(version.ContentItemVersionId, ct);
                await audit.RecordAsync(AuditActions.ContentRestored, restored, new { FromVersion = version.ContentItemVersionId }, ct);
                TempData["Message"] = "De oude versie is teruggezet als nieuw concept. Publiceer het om het live te zetten.";
                break;
        }

        return ItemUrl(id);
    }
}
