using LpbCms.Core.Auditing;
using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>The audit trail in the AuditEvents table; writes join the scope's transaction.</summary>
public sealed class EfAuditStore(LpbDbContext db) : IAuditStore
{
    public const int MaxPageSize = 500;

    public async Task AddAsync(AuditEvent entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var record = new AuditEventRecord
        {
            OccurredUtc = entry.OccurredUtc,
            Action = entry.Action,
            UserId = entry.UserId,
            UserName = entry.UserName,
            ContentItemId = entry.ContentItemId,
            ContentType = entry.ContentType,
            Details = entry.Details is { Length: > 4000 } details ? details[..4000] : entry.Details,
        };
        db.AuditEvents.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<(IReadOnlyList<AuditEvent> Items, int TotalCount)> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = db.AuditEvents.AsNoTracking();
        if (query.Action is { } action)
        {
            rows = rows.Where(e => e.Action == action);
        }

        if (query.Actions is { } actions)
        {
            var names = actions.ToList();
            rows = rows.Where(e => names.Contains(e.Action));
        }

        if (query.UserName is { } userName)
        {
            rows = rows.Where(e => e.UserName == userName);
        }

        if (query.ContentItemId is { } contentItemId)
        {
            rows = rows.Where(e => e.ContentItemId == contentItemId);
        }

        if (query.FromUtc is { } from)
        {
            rows = rows.Where(e => e.OccurredUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            rows = rows.Where(e => e.OccurredUtc < to);
        }

        var total = await rows.CountAsync(ct);
        var page = await rows.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(query.Skip, 0))
            .Take(Math.Clamp(query.Take, 1, MaxPageSize))
            .ToListAsync(ct);
        return (page.Select(e => new AuditEvent
        {
            Id = e.Id,
            OccurredUtc = e.OccurredUtc,
            Action = e.Action,
            UserId = e.UserId,
            UserName = e.UserName,
            ContentItemId = e.ContentItemId,
            ContentType = e.ContentType,
            Details = e.Details,
        }).ToList(), total);
    }
}
