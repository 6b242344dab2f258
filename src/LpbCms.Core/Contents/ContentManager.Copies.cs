using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>New versions made from stored ones: clone an item, restore an old version.</summary>
public sealed partial class ContentManager
{
    /// <exception cref="InvalidOperationException">The item does not exist (or is deleted).</exception>
    public async Task<ContentItem> CloneAsync(string contentItemId, CancellationToken ct = default)
    {
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var original = await _store.GetAsync(contentItemId, VersionScope.Latest, ct)
            ?? throw new InvalidOperationException($"Content item '{contentItemId}' does not exist, so it cannot be cloned.");
        var policy = await GetDefinedPolicyAsync(original.ContentType, ct);
        var clone = ContentItemJson.Clone(original);
        clone.ContentItemId = IdGenerator.NewId();
        clone.ContentItemVersionId = IdGenerator.NewId();
        var now = Now();
        clone.CreatedUtc = now;
        clone.ModifiedUtc = now;
        clone.PublishedUtc = null;
        clone.Owner = _user.UserId ?? original.Owner;
        clone.Author = _user.UserName ?? original.Author;
        clone.DocumentId = 0;
        clone.Revision = 0;
        clone.Latest = true;
        clone.Published = false;

        var cloneContext = new CloneContentContext(clone, policy.Type, original);
        await InvokeAsync(h => h.ClonedAsync(cloneContext, ct));
        await CreateVersionAsync(clone, policy, publish: false, ct);
        await transaction.CommitAsync(ct);
        return clone;
    }

    /// <summary>A new draft with the data of an old version; the current latest version steps back.</summary>
    /// <exception cref="InvalidOperationException">The version does not exist.</exception>
    public async Task<ContentItem> RestoreVersionAsync(string contentItemVersionId, CancellationToken ct = default)
    {
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var old = await _store.GetVersionAsync(contentItemVersionId, ct)
            ?? throw new InvalidOperationException($"Content item version '{contentItemVersionId}' does not exist, so it cannot be restored.");
        var policy = await GetPolicyAsync(old.ContentType, ct);
        var draft = ContentItemJson.Clone(old);
        draft.ContentItemVersionId = IdGenerator.NewId();
        draft.DocumentId = 0;
        draft.Revision = 0;
        draft.Latest = true;
        draft.Published = false;
        StampEdit(draft);

        var context = new ContentContext(draft, policy.Type);
        await InvokeAsync(h => h.UpdatingAsync(context, ct));
        await ValidateAsync(draft, policy, ct);
        if (await _store.GetAsync(draft.ContentItemId, VersionScope.Latest, ct) is { } latest)
        {
            latest.Latest = false;
            await RetireAsync(latest, policy, ct);
        }

        await WriteAsync(draft, policy, ct);
        await RecordStoredAsync(draft, ct);
        await InvokeAsync(h => h.UpdatedAsync(context, ct));
        await transaction.CommitAsync(ct);
        return draft;
    }
}
