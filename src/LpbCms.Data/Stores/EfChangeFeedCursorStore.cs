using LpbCms.Core.Changes;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>Consumer cursors in the ContentChangeCursors table.</summary>
public sealed class EfChangeFeedCursorStore(LpbDbContext db, TimeProvider clock) : IChangeFeedCursorStore
{
    public Task<long?> GetAsync(string consumer, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        return db.ContentChangeCursors.AsNoTracking()
            .Where(c => c.Consumer == consumer)
            .Select(c => (long?)c.LastSequence)
            .SingleOrDefaultAsync(ct);
    }

    public async Task<long> AdvanceAsync(string consumer, long sequence, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var now = clock.GetUtcNow().UtcDateTime;

        // One statement that both SQLite and PostgreSQL understand: insert, or move forward only. Two
        // nodes advancing the same consumer at once cannot interleave a read and a write, and a
        // failed insert cannot abort a surrounding PostgreSQL transaction.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ContentChangeCursors" ("Consumer", "LastSequence", "UpdatedUtc") VALUES ({consumer}, {sequence}, {now})
            ON CONFLICT ("Consumer") DO UPDATE SET "LastSequence" = excluded."LastSequence", "UpdatedUtc" = excluded."UpdatedUtc"
            WHERE "ContentChangeCursors"."LastSequence" < excluded."LastSequence"
            """,
            ct);
        return await GetAsync(consumer, ct) ?? sequence;
    }
}
