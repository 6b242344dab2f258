using LpbCms.Core.Changes;
using LpbCms.Core.Storage;
using LpbCms.Data.Entities;
using LpbCms.Data.Transactions;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>
/// Keeps the rows appended in the scope's transaction and inserts them in that transaction just
/// before it commits. Inserting last is what lets PostgreSQL hand out sequence numbers in commit
/// order (<see cref="LpbDbContext.SerializeChangeFeedAppendsAsync"/>) without holding a lock for the
/// whole operation; a rollback simply drops the kept rows.
/// </summary>
public sealed class EfChangeFeedWriter(LpbDbContext db, IUnitOfWork unitOfWork) : IChangeFeedWriter
{
    private List<ContentChangeRecord> _pending = [];
    private EfTransaction? _pendingFor;

    public async Task AppendAsync(ContentChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);

        // Joins the open transaction, or opens one of its own (committed below) when there is none.
        await using var transaction = await unitOfWork.BeginAsync(ct);
        var root = unitOfWork.Current as EfTransaction
            ?? throw new InvalidOperationException("The change feed needs the data layer's own unit of work (EfUnitOfWork).");
        if (!ReferenceEquals(root, _pendingFor))
        {
            var pending = new List<ContentChangeRecord>();
            root.OnCommitting(token => InsertAsync(pending, token));
            _pending = pending;
            _pendingFor = root;
        }

        _pending.Add(ToRecord(change));
        await transaction.CommitAsync(ct);
    }

    private async Task InsertAsync(List<ContentChangeRecord> rows, CancellationToken ct)
    {
        await db.SerializeChangeFeedAppendsAsync(ct);
        db.ContentChanges.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    private static ContentChangeRecord ToRecord(ContentChange change) => new()
    {
        OccurredUtc = change.OccurredUtc,
        Event = change.Event,
        ContentItemId = change.ContentItemId,
        ContentItemVersionId = change.ContentItemVersionId,
        ContentType = change.ContentType,
        UserId = change.UserId,
        UserName = change.UserName,
    };
}
