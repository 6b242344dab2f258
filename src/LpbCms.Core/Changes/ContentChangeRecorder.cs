using LpbCms.Core.Contents;

namespace LpbCms.Core.Changes;

/// <summary>
/// Appends change-feed rows stamped with the time and the current caller. The content manager and
/// the definition and settings documents call it inside their own transaction; they are the only
/// writers of content, so every path (admin, API, recipes, background work) is covered.
/// </summary>
public sealed class ContentChangeRecorder(IChangeFeedWriter writer, IContentUserAccessor user, TimeProvider clock)
{
    /// <summary>Records an event about one version of an item.</summary>
    public Task RecordAsync(ContentChangeEvent what, ContentItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        return RecordAsync(what, item.ContentItemId, item.ContentItemVersionId, item.ContentType, ct);
    }

    /// <summary>Records an event that concerns no single item (definitions, settings).</summary>
    public Task RecordAsync(ContentChangeEvent what, CancellationToken ct) => RecordAsync(what, null, null, null, ct);

    private Task RecordAsync(ContentChangeEvent what, string? contentItemId, string? contentItemVersionId, string? contentType, CancellationToken ct) =>
        writer.AppendAsync(
            new ContentChange
            {
                OccurredUtc = clock.GetUtcNow().UtcDateTime,
                Event = what,
                ContentItemId = contentItemId,
                ContentItemVersionId = contentItemVersionId,
                ContentType = contentType,
                UserId = user.UserId,
                UserName = user.UserName,
            },
            ct);
}
