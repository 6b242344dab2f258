using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>
/// Evicts the cached published responses (pages and API reads) when what visitors see may change: an item is published, unpublished or
/// removed, or a published version is stored directly (an import of a published item).
/// </summary>
public sealed class PublishedCacheEvictionHandler(PublishedCacheEvictor evictor, IUnitOfWork unitOfWork) : IContentHandler
{
    public Task PublishedAsync(PublishContentContext context, CancellationToken ct) => Evict(context, "published");

    public Task UnpublishedAsync(PublishContentContext context, CancellationToken ct) => Evict(context, "unpublished");

    public Task RemovedAsync(ContentContext context, CancellationToken ct) => Evict(context, "removed");

    public Task UpdatedAsync(ContentContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ContentItem.Published ? Evict(context, "published version updated") : Task.CompletedTask;
    }

    private Task Evict(ContentContext context, string what)
    {
        ArgumentNullException.ThrowIfNull(context);
        return evictor.EvictAfterCommitAsync(unitOfWork, $"{context.ContentItem.ContentType} {context.ContentItem.ContentItemId} {what}");
    }
}
