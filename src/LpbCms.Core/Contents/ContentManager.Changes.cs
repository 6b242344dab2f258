using LpbCms.Core.Changes;

namespace LpbCms.Core.Contents;

/// <summary>
/// The change-feed rows each operation appends, inside its own transaction, right after the rows
/// they describe are written (so a rolled-back operation leaves none). Each row names the version
/// it is about; one operation may append more than one row, each exactly once:
/// <list type="bullet">
/// <item>create as draft, clone: <c>Created</c>; create published: <c>Created</c>, <c>Published</c>
/// (a save or publish of an item never stored before is a create);</item>
/// <item>save draft, restore an old version: <c>DraftSaved</c>; for a type without drafts the
/// published row is edited in place, so a save of it is <c>Published</c> (the live content changed);</item>
/// <item>publish: <c>Published</c> (the version that replaced the old published one);</item>
/// <item>unpublish: <c>Unpublished</c>, discard draft: <c>DraftDiscarded</c>, remove: <c>Deleted</c>
/// (nothing when there was nothing to change);</item>
/// <item>recipe import: as create, save or publish above; an identical re-import appends nothing.</item>
/// </list>
/// </summary>
public sealed partial class ContentManager
{
    private async Task RecordCreatedAsync(ContentItem item, CancellationToken ct)
    {
        await _changes.RecordAsync(ContentChangeEvent.Created, item, ct);
        if (item.Published)
        {
            await _changes.RecordAsync(ContentChangeEvent.Published, item, ct);
        }
    }

    /// <summary>A version just stored by an edit: <c>Published</c> when it is the live version, otherwise <c>DraftSaved</c>.</summary>
    private Task RecordStoredAsync(ContentItem item, CancellationToken ct) =>
        _changes.RecordAsync(item.Published ? ContentChangeEvent.Published : ContentChangeEvent.DraftSaved, item, ct);

    /// <summary>
    /// An import that changed an existing version: as an edit, and <c>Unpublished</c> after it when
    /// the document took the published version offline (its content is then a draft only if it is still latest).
    /// </summary>
    private async Task RecordImportedOverAsync(ContentItem item, bool wasPublished, CancellationToken ct)
    {
        var unpublished = wasPublished && !item.Published;
        if (!unpublished || item.Latest)
        {
            await RecordStoredAsync(item, ct);
        }

        if (unpublished)
        {
            await _changes.RecordAsync(ContentChangeEvent.Unpublished, item, ct);
        }
    }
}
