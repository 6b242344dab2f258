using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbTheme.Caching;

/// <summary>Evicts the cached pages after a change to the content definitions (templates may show parts and fields differently).</summary>
public sealed class CacheEvictingDefinitionManager(IContentDefinitionManager inner, PageCacheEvictor evictor, IUnitOfWork unitOfWork)
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
