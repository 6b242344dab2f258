using LpbCms.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>Evicts every cached published response (pages and API reads) once a change is committed (at once when no transaction is open).</summary>
public sealed class PublishedCacheEvictor(IOutputCacheStore store, PublishedCacheGeneration generation, ILogger<PublishedCacheEvictor> logger)
{
    public Task EvictAfterCommitAsync(IUnitOfWork unitOfWork, string reason)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        if (unitOfWork.Current is { } transaction)
        {
            transaction.OnCommitted(() => EvictAsync(reason));
            return Task.CompletedTask;
        }

        return EvictAsync(reason);
    }

    private async Task EvictAsync(string reason)
    {
        generation.Advance();
        await store.EvictByTagAsync(PublishedOutputCache.Tag, CancellationToken.None);
        logger.LogDebug("Cached published responses evicted: {Reason}.", reason);
    }
}
