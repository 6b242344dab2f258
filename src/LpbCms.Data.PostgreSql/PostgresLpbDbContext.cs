using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.PostgreSql;

/// <summary>
/// The PostgreSQL database; its migrations live in this assembly. Documents use the <c>json</c>
/// type rather than <c>jsonb</c>: jsonb reorders object keys, and the Orchard contract needs
/// documents to round-trip as written. <c>json</c> still validates and supports JSON operators.
/// </summary>
public sealed class PostgresLpbDbContext(DbContextOptions<PostgresLpbDbContext> options) : LpbDbContext(options)
{
    /// <summary>Any fixed number: the key of the transaction lock that orders change-feed appends.</summary>
    private const long ChangeFeedLockKey = 0x4C50_4243_4645_4544;

    protected override string JsonColumnType => "json";

    /// <summary>
    /// Identity values are taken at insert, but concurrent transactions may commit in another order;
    /// a consumer that read 11 before 10 committed would skip 10 for good. A transaction-scoped
    /// advisory lock, taken just before the rows are inserted and held until commit, lets one
    /// appending transaction commit at a time, so sequence order is commit order. Taken last, after
    /// the transaction's other writes, it cannot be part of a deadlock with them.
    /// </summary>
    protected override async Task SerializeChangeFeedAppendsAsync(CancellationToken ct) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChangeFeedLockKey})", ct);
}
