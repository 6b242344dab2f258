using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>Editing: the version to edit, saving it as a draft, publishing it.</summary>
public sealed partial class ContentManager
{
    public async Task<ContentItem?> GetForEditAsync(string contentItemId, CancellationToken ct = default)
    {
        var latest = await _store.GetAsync(contentItemId, VersionScope.Latest, ct);
        if (latest is null || !latest.Published)
        {
            return latest;
        }

        var policy = await GetPolicyAsync(latest.ContentType, ct);
        if (!policy.KeepsDrafts)
        {
            // Neither draftable nor versionable: the single published row is edited in place.
            return latest;
        }

        var draft = ContentItemJson.Clone(latest);
        StartNewVersion(draft);
        return draft;
    }

    public Task SaveDraftAsync(ContentItem item, CancellationToken ct = default) => SaveVersionAsync(item, publish: false, ct);

    public Task PublishAsync(ContentItem item, CancellationToken ct = default) => SaveVersionAsync(item, publish: true, ct);

    /// <summary>
    /// Stores <paramref name="item"/> as the latest version (Updating, Validating, (Publishing),
    /// store, Updated, (Published)). An item never stored before is created. A published row of a
    /// type that keeps drafts becomes a new version, so the live version is never changed in place;
    /// for other types the single row is updated in place and stays published.
    /// </summary>
    private async Task SaveVersionAsync(ContentItem item, bool publish, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var policy = await GetPolicyAsync(item.ContentType, ct);
        EnsureIds(item);
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var latest = item.DocumentId == 0 ? await _store.GetAsync(item.ContentItemId, VersionScope.Latest, ct) : null;
        if (item.DocumentId == 0 && latest is null && (await _store.GetVersionsAsync(item.ContentItemId, ct)).Count == 0)
        {
            await CreateNewItemAsync(item, publish, ct);
            await transaction.CommitAsync(ct);
            return;
        }

        if (item.DocumentId != 0 && item.Published && policy.KeepsDrafts)
        {
            StartNewVersion(item);
            latest = await _store.GetAsync(item.ContentItemId, VersionScope.Latest, ct);
        }

        item.Latest = true;
        StampEdit(item);
        var context = new ContentContext(item, policy.Type);
        await InvokeAsync(h => h.UpdatingAsync(context, ct));
        await ValidateAsync(item, policy, ct);

        var retired = new List<ContentItem>();
        if (item.DocumentId == 0)
        {
            EnsureNotStale(item, latest);
            if (latest is not null && latest.ContentItemVersionId != item.ContentItemVersionId)
            {
                latest.Latest = false;
                retired.Add(latest);
            }
        }

        var publishContext = publish ? await PublishCoreAsync(item, policy, retired, ct) : null;
        foreach (var row in retired)
        {
            await RetireAsync(row, policy, ct);
        }

        await WriteAsync(item, policy, ct);
        await RecordStoredAsync(item, ct);
        await InvokeAsync(h => h.UpdatedAsync(context, ct));
        if (publishContext is not null)
        {
            await InvokeAsync(h => h.PublishedAsync(publishContext, ct));
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Runs the Publishing handlers and moves the Published flag to <paramref name="item"/>; the
    /// previously published row (if another one) is added to <paramref name="retired"/>.
    /// </summary>
    private async Task<PublishContentContext> PublishCoreAsync(ContentItem item, VersionPolicy policy, List<ContentItem> retired, CancellationToken ct)
    {
        var published = await GetPublishedAsync(item.ContentItemId, retired, ct);
        var previous = published is not null && published.ContentItemVersionId != item.ContentItemVersionId ? published : null;
        var context = new PublishContentContext(item, policy.Type, previous);
        await InvokeAsync(h => h.PublishingAsync(context, ct));
        if (previous is not null)
        {
            previous.Published = false;
            if (!retired.Contains(previous))
            {
                retired.Add(previous);
            }
        }

        item.Published = true;
        item.PublishedUtc = Now();
        return context;
    }

    /// <summary>
    /// A new version may only replace the version it was made from. One handed out by
    /// <see cref="GetForEditAsync"/> must find that version still latest and unchanged; one made by
    /// the caller must not hide a draft it did not start from.
    /// </summary>
    private void EnsureNotStale(ContentItem item, ContentItem? latest)
    {
        if (_editSources.TryGetValue(item, out var source))
        {
            if (latest is null || latest.ContentItemVersionId != source.ContentItemVersionId || latest.Revision != source.Revision)
            {
                throw Conflict(item.ContentItemId, "was changed after this version was loaded for editing");
            }
        }
        else if (latest is { Published: false } && latest.ContentItemVersionId != item.ContentItemVersionId)
        {
            throw Conflict(item.ContentItemId, $"has a draft ('{latest.ContentItemVersionId}') this version was not made from");
        }
    }

    /// <summary>SaveDraft/Publish of an item that was never stored: create it, as <see cref="CreateAsync"/> would.</summary>
    private async Task CreateNewItemAsync(ContentItem item, bool publish, CancellationToken ct)
    {
        var policy = await GetDefinedPolicyAsync(item.ContentType, ct);
        var now = Now();
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.PublishedUtc = publish ? now : null;
        item.Owner = _user.UserId ?? item.Owner;
        item.Author = _user.UserName ?? item.Author;
        await CreateVersionAsync(item, policy, publish, ct);
    }
}
