using LpbCms.Core.Changes;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>Reads and prunes the ContentChanges table.</summary>
public sealed class EfChangeFeed(LpbDbContext db) : IChangeFeed, IChangeFeedPruner
{
    /// <summary>The most rows one read returns.</summary>
    public const int MaxBatchSize = 1000;

    public async Task<IReadOnlyList<ContentChange>> ReadAsync(long afterSequence, int max, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.ContentChanges.AsNoTracking()
            .Where(c => c.Sequence > afterSequence)
            .OrderBy(c => c.Sequence)
            .Take(Math.Min(max, MaxBatchSize))
            .Select(c => new ContentChange
            {
                Sequence = c.Sequence,
                OccurredUtc = c.OccurredUtc,
                Event = c.Event,
                ContentItemId = c.ContentItemId,
                ContentItemVersionId = c.ContentItemVersionId,
                ContentType = c.ContentType,
                UserId = c.UserId,
                UserName = c.UserName,
            })
            .ToListAsync(ct);
    }

    public async Task<long> GetLatestSequenceAsync(CancellationToken ct = default) =>
        await db.ContentChanges.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;

    public Task<int> PruneAsync(DateTime cutoffUtc, CancellationToken ct = default) =>
        db.ContentChanges.Where(c => c.OccurredUtc < cutoffUtc).ExecuteDeleteAsync(ct);
}
