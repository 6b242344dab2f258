using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>
/// Recipe import with Orchard's semantics: versions are matched on ContentItemVersionId, so
/// importing the same document again changes nothing.
/// </summary>
public sealed partial class ContentManager
{
    public async Task ImportAsync(ContentItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var policy = await GetDefinedPolicyAsync(item.ContentType, ct);
        EnsureIds(item);
        await using var transaction = await _unitOfWork.BeginAsync(ct);
        var existing = await _store.GetVersionAsync(item.ContentItemVersionId, ct);
        if (existing is not null)
        {
            if (existing.ContentItemId != item.ContentItemId)
            {
                throw new ContentValidationException([new ContentValidationError(
                    nameof(ContentItem.ContentItemVersionId),
                    $"The version '{item.ContentItemVersionId}' belongs to content item '{existing.ContentItemId}', not '{item.ContentItemId}'.")]);
            }

            await ImportOverVersionAsync(existing, item, policy, ct);
        }
        else if (await _store.GetAsync(item.ContentItemId, VersionScope.Latest, ct) is { } latest)
        {
            await ImportNewVersionAsync(item, latest, policy, ct);
        }
        else if ((await _store.GetVersionsAsync(item.ContentItemId, ct)).Count > 0)
        {
            // A deleted item comes back with the imported version.
            await ImportNewVersionAsync(item, latest: null, policy, ct);
        }
        else
        {
            await ImportNewItemAsync(item, policy, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private async Task ImportNewItemAsync(ContentItem item, VersionPolicy policy, CancellationToken ct)
    {
        var publish = item.Published;
        var now = Now();
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        item.PublishedUtc ??= publish ? now : null;
        item.Owner ??= _user.UserId;
        item.Author ??= _user.UserName;
        await CreateVersionAsync(item, policy, publish, ct);
    }

    /// <summary>
    /// A version the item does not have yet. It becomes the latest version, except a published
    /// version marked not latest while the item has a latest one (Orchard exports the published
    /// version beside a newer draft that way).
    /// </summary>
    private async Task ImportNewVersionAsync(ContentItem item, ContentItem? latest, VersionPolicy policy, CancellationToken ct)
    {
        var publish = item.Published;
        var now = Now();
        item.CreatedUtc ??= latest?.CreatedUtc ?? now;
        item.ModifiedUtc ??= now;
        item.PublishedUtc ??= publish ? now : null;
        item.Owner ??= latest?.Owner ?? _user.UserId;
        item.Author ??= _user.UserName;
        item.DocumentId = 0;
        item.Revision = 0;
        item.Latest = item.Latest || !publish || latest is null;
        item.Published = false;

        var context = new ContentContext(item, policy.Type);
        await InvokeAsync(h => h.UpdatingAsync(context, ct));
        await ValidateAsync(item, policy, ct);
        var retired = new List<ContentItem>();
        if (item.Latest && latest is not null)
        {
            latest.Latest = false;
            retired.Add(latest);
        }

        var publishContext = publish ? await ImportPublishAsync(item, policy, retired, ct) : null;
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
    }

    /// <summary>
    /// The version exists: identical content (Latest and Published aside) changes nothing;
    /// otherwise the row is updated in place. Metadata the document leaves out keeps its stored value.
    /// </summary>
    private async Task ImportOverVersionAsync(ContentItem existing, ContentItem item, VersionPolicy policy, CancellationToken ct)
    {
        if (HasSameContent(existing, item))
        {
            return;
        }

        var publish = item.Published;
        var givenModified = item.ModifiedUtc;
        var givenAuthor = item.Author;
        item.CreatedUtc ??= existing.CreatedUtc;
        item.ModifiedUtc ??= existing.ModifiedUtc;
        item.PublishedUtc ??= existing.PublishedUtc;
        item.Owner ??= existing.Owner;
        item.Author ??= existing.Author;
        item.DocumentId = existing.DocumentId;
        item.Revision = existing.Revision;
        item.Latest = existing.Latest || item.Latest;
        item.Published = existing.Published;

        var context = new ContentContext(item, policy.Type);
        await InvokeAsync(h => h.UpdatingAsync(context, ct));
        if (HasSameContent(existing, item))
        {
            // Only values the handlers derive anyway were missing from the document.
            return;
        }

        item.ModifiedUtc = givenModified ?? Now();
        item.Author = givenAuthor ?? _user.UserName ?? existing.Author;
        await ValidateAsync(item, policy, ct);
        await StoreChangedVersionAsync(existing, item, publish, policy, context, ct);
    }

    /// <summary>Writes a changed existing version, moving the Latest and Published flags as the document says.</summary>
    private async Task StoreChangedVersionAsync(ContentItem existing, ContentItem item, bool publish, VersionPolicy policy, ContentContext context, CancellationToken ct)
    {
        var retired = new List<ContentItem>();
        if (item.Latest && !existing.Latest && await _store.GetAsync(item.ContentItemId, VersionScope.Latest, ct) is { } latest)
        {
            latest.Latest = false;
            retired.Add(latest);
        }

        PublishContentContext? publishContext = null;
        PublishContentContext? unpublishContext = null;
        if (publish && !existing.Published)
        {
            publishContext = await ImportPublishAsync(item, policy, retired, ct);
        }
        else if (!publish && existing.Published)
        {
            unpublishContext = new PublishContentContext(item, policy.Type, existing);
            await InvokeAsync(h => h.UnpublishingAsync(unpublishContext, ct));
            item.Published = false;
        }

        foreach (var row in retired)
        {
            await RetireAsync(row, policy, ct);
        }

        // Through RetireAsync: a version that ends up neither latest nor published is dropped unless the type keeps history.
        await RetireAsync(item, policy, ct);
        await RecordImportedOverAsync(item, wasPublished: existing.Published, ct);
        await InvokeAsync(h => h.UpdatedAsync(context, ct));
        if (publishContext is not null)
        {
            await InvokeAsync(h => h.PublishedAsync(publishContext, ct));
        }

        if (unpublishContext is not null)
        {
            await InvokeAsync(h => h.UnpublishedAsync(unpublishContext, ct));
        }
    }

    /// <summary>Like <see cref="PublishCoreAsync"/>, but an imported PublishedUtc is kept.</summary>
    private async Task<PublishContentContext> ImportPublishAsync(ContentItem item, VersionPolicy policy, List<ContentItem> retired, CancellationToken ct)
    {
        var givenPublishedUtc = item.PublishedUtc;
        var context = await PublishCoreAsync(item, policy, retired, ct);
        item.PublishedUtc = givenPublishedUtc ?? item.PublishedUtc;
        return context;
    }

    private static bool HasSameContent(ContentItem stored, ContentItem imported)
    {
        var a = ContentItemJson.ToJsonObject(stored);
        var b = ContentItemJson.ToJsonObject(imported);
        foreach (var flag in new[] { nameof(ContentItem.Latest), nameof(ContentItem.Published) })
        {
            a.Remove(flag);
            b.Remove(flag);
        }

        return JsonNode.DeepEquals(a, b);
    }
}
