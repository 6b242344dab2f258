using LpbCms.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace LpbTheme.Caching;

/// <summary>Evicts every cached page once a change is committed (at once when no transaction is open).</summary>
public sealed class PageCacheEvictor(IOutputCacheStore store, PageCacheGeneration generation, ILogger<PageCacheEvictor> logger)
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
        await store.EvictByTagAsync(PageCachePolicy.Tag, CancellationToken.None);
        logger.LogDebug("Cached pages evicted: {Reason}.", reason);
    }
}
