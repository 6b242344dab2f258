using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>Evicts the cached published responses after a change to the content definitions (templates and API shapes follow them).</summary>
public sealed class CacheEvictingDefinitionManager(IContentDefinitionManager inner, PublishedCacheEvictor evictor, IUnitOfWork unitOfWork)
    : IContentDefinitionManager
{
    public Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken ct = default) => inner.GetDocumentAsync(ct);

    public Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken ct = default) => inner.GetTypeDefinitionAsync(name, ct);

    public Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken ct = default) => inner.GetPartDefinitionAsync(name, ct);

    public async Task UpdateAsync(Action<ContentDefinitionDocument> change, CancellationToken ct = default)
    {
        await inner.UpdateAsync(change, ct);
        await evictor.EvictAfterCommitAsync(unitOfWork, "content definitions changed");
    }
}
