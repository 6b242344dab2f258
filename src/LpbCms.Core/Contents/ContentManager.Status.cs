using LpbCms.Core.Changes;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>Status changes: unpublish, discard a draft, soft delete.</summary>
public sealed partial class ContentManager
{
    /// <summary>Takes the published version offline; a no-op when nothing is published.</summary>
    public async Task UnpublishAsync(string contentItemId, CancellationToken ct = default)
    {
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var published = await _store.GetAsync(contentItemId, VersionScope.Published, ct);
        if (published is null)
        {
            return;
        }

        var policy = await GetPolicyAsync(published.ContentType, ct);
        var context = new PublishContentContext(published, policy.Type, published);
        await InvokeAsync(h => h.UnpublishingAsync(context, ct));
        published.Published = false;
        await RetireAsync(published, policy, ct);
        await _changes.RecordAsync(ContentChangeEvent.Unpublished, published, ct);
        await InvokeAsync(h => h.UnpublishedAsync(context, ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>Deletes the draft row; the published version becomes latest again. A no-op when there is no draft.</summary>
    /// <exception cref="InvalidOperationException">The item has a draft but no published version to return to.</exception>
    public async Task DiscardDraftAsync(string contentItemId, CancellationToken ct = default)
    {
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var latest = await _store.GetAsync(contentItemId, VersionScope.Latest, ct);
        if (latest is null || latest.Published)
        {
            return;
        }

        var published = await _store.GetAsync(contentItemId, VersionScope.Published, ct)
            ?? throw new InvalidOperationException(
                $"Content item '{contentItemId}' has no published version to return to, so its draft cannot be discarded; delete the item instead.");
        var policy = await GetPolicyAsync(published.ContentType, ct);
        await _store.DeleteVersionAsync(latest, ct);
        published.Latest = true;
        await WriteAsync(published, policy, ct);
        await _changes.RecordAsync(ContentChangeEvent.DraftDiscarded, latest, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Soft delete: every version loses Latest and Published; the rows stay for history and restore.</summary>
    public async Task RemoveAsync(string contentItemId, CancellationToken ct = default)
    {
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var versions = await _store.GetVersionsAsync(contentItemId, ct);
        var live = versions.Where(v => v.Latest || v.Published).ToList();
        if (live.Count == 0)
        {
            return;
        }

        var subject = live.Find(v => v.Latest) ?? live[0];
        var policy = await GetPolicyAsync(subject.ContentType, ct);
        var context = new ContentContext(subject, policy.Type);
        await InvokeAsync(h => h.RemovingAsync(context, ct));
        foreach (var version in live)
        {
            version.Latest = false;
            version.Published = false;
            await WriteAsync(version, policy, ct);
        }

        await _changes.RecordAsync(ContentChangeEvent.Deleted, subject, ct);
        await InvokeAsync(h => h.RemovedAsync(context, ct));
        await transaction.CommitAsync(ct);
    }
}
