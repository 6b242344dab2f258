using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Storage;
using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>Content versions in the ContentItemIndex table; every read and filter runs in SQL.</summary>
public sealed class EfContentStore(LpbDbContext db, IUnitOfWork unitOfWork, IContentCatalog catalog) : IContentStore
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 1000;

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionScope scope, CancellationToken ct = default)
    {
        var record = await ContentQueryTranslator.InScope(Rows(), scope)
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.DocumentId)
            .FirstOrDefaultAsync(ct);
        return record is null ? null : ContentItemRecordMapper.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionScope scope, CancellationToken ct = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        var records = await ContentQueryTranslator.InScope(Rows(), scope)
            .Where(r => ids.Contains(r.ContentItemId))
            .ToListAsync(ct);
        return records.Select(ContentItemRecordMapper.ToItem).ToList();
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken ct = default)
    {
        var record = await Rows().SingleOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, ct);
        return record is null ? null : ContentItemRecordMapper.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAfterAsync(long afterDocumentId, int take, bool currentOnly, CancellationToken ct = default)
    {
        var rows = Rows().Where(r => r.DocumentId > afterDocumentId);
        if (currentOnly)
        {
            rows = rows.Where(r => r.Latest || r.Published);
        }

        var records = await rows.OrderBy(r => r.DocumentId).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(ct);
        return records.Select(ContentItemRecordMapper.ToItem).ToList();
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken ct = default)
    {
        var records = await Rows().Where(r => r.ContentItemId == contentItemId).OrderBy(r => r.DocumentId).ToListAsync(ct);
        return records.Select(ContentItemRecordMapper.ToItem).ToList();
    }

    public async Task<ContentQueryResult> QueryAsync(ContentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filtered = ContentQueryTranslator.Filter(Rows(), db.ContentFieldIndex.AsNoTracking(), query);
        var total = await filtered.CountAsync(ct);
        if (query.Skip >= total)
        {
            return new ContentQueryResult([], total);
        }

        return new ContentQueryResult(await PageAsync(filtered, query, ct), total);
    }

    public Task<IReadOnlyList<ContentItem>> ListAsync(ContentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PageAsync(ContentQueryTranslator.Filter(Rows(), db.ContentFieldIndex.AsNoTracking(), query), query, ct);
    }

    private async Task<IReadOnlyList<ContentItem>> PageAsync(IQueryable<ContentItemRecord> filtered, ContentQuery query, CancellationToken ct)
    {
        var take = Math.Clamp(query.Take, 0, MaxPageSize);
        if (take == 0)
        {
            return [];
        }

        var page = await ContentQueryTranslator.Order(filtered, db.ContentFieldIndex.AsNoTracking(), query.OrderBy, query.ThenBy)
            .Skip(Math.Max(query.Skip, 0))
            .Take(take)
            .ToListAsync(ct);
        return page.Select(ContentItemRecordMapper.ToItem).ToList();
    }

    public async Task SaveAsync(ContentItem item, IReadOnlyList<ContentFieldIndexEntry> fieldIndex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(fieldIndex);
        await using var transaction = await unitOfWork.BeginAsync(ct);
        var isNew = item.DocumentId == 0;
        if (isNew)
        {
            await InsertAsync(item, ct);
        }
        else
        {
            await UpdateAsync(item, ct);
        }

        await ReplaceFieldIndexAsync(item, fieldIndex, hadRows: !isNew, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task DeleteVersionAsync(ContentItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var transaction = await unitOfWork.BeginAsync(ct);
        await db.ContentFieldIndex.Where(f => f.DocumentId == item.DocumentId).ExecuteDeleteAsync(ct);
        var deleted = await db.ContentItems
            .Where(r => r.DocumentId == item.DocumentId && r.Revision == item.Revision)
            .ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            throw new ConcurrencyConflictException($"Version '{item.ContentItemVersionId}' of '{item.ContentItemId}' was changed or removed by someone else meanwhile.");
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<string?> FindPathOwnerAsync(string path, string? exceptContentItemId, CancellationToken ct = default)
    {
        var normalized = ContentItemRecordMapper.NormalizePath(path);
        return await Rows()
            .Where(r => r.Path == normalized && (r.Latest || r.Published) && r.ContentItemId != exceptContentItemId)
            .Select(r => r.ContentItemId)
            .FirstOrDefaultAsync(ct);
    }

    private IQueryable<ContentItemRecord> Rows() => db.ContentItems.AsNoTracking();

    private async Task InsertAsync(ContentItem item, CancellationToken ct)
    {
        var record = ContentItemRecordMapper.NewRecord(item, catalog.ReadRoutePath(item, whenDisabled: true));
        record.Revision = 1;
        db.ContentItems.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            db.Entry(record).State = EntityState.Detached;
            if (await VersionExistsAsync(item.ContentItemVersionId, ct))
            {
                throw new ConcurrencyConflictException($"Version '{item.ContentItemVersionId}' was stored by someone else meanwhile.", ex);
            }

            throw;
        }

        db.Entry(record).State = EntityState.Detached;

        item.DocumentId = record.DocumentId;
        item.Revision = record.Revision;
    }

    private async Task UpdateAsync(ContentItem item, CancellationToken ct)
    {
        var values = ContentItemRecordMapper.NewRecord(item, catalog.ReadRoutePath(item, whenDisabled: true));
        var nextRevision = item.Revision + 1;
        var updated = await db.ContentItems
            .Where(r => r.DocumentId == item.DocumentId && r.Revision == item.Revision)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ContentItemVersionId, values.ContentItemVersionId)
                    .SetProperty(r => r.ContentType, values.ContentType)
                    .SetProperty(r => r.DisplayText, values.DisplayText)
                    .SetProperty(r => r.Latest, values.Latest)
                    .SetProperty(r => r.Published, values.Published)
                    .SetProperty(r => r.CreatedUtc, values.CreatedUtc)
                    .SetProperty(r => r.ModifiedUtc, values.ModifiedUtc)
                    .SetProperty(r => r.PublishedUtc, values.PublishedUtc)
                    .SetProperty(r => r.Owner, values.Owner)
                    .SetProperty(r => r.Author, values.Author)
                    .SetProperty(r => r.Path, values.Path)
                    .SetProperty(r => r.Content, values.Content)
                    .SetProperty(r => r.Revision, nextRevision),
                ct);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException(
                $"The content item '{item.ContentItemId}' (version '{item.ContentItemVersionId}') was changed by someone else meanwhile; nothing was overwritten. Reload it and apply your changes again.");
        }

        item.Revision = nextRevision;
    }

    /// <summary>Writes the version's field index rows; the old ones are deleted first unless the version row was only just inserted (a new id has none).</summary>
    private async Task ReplaceFieldIndexAsync(ContentItem item, IReadOnlyList<ContentFieldIndexEntry> entries, bool hadRows, CancellationToken ct)
    {
        if (hadRows)
        {
            await db.ContentFieldIndex.Where(f => f.DocumentId == item.DocumentId).ExecuteDeleteAsync(ct);
        }

        if (entries.Count == 0)
        {
            return;
        }

        var records = entries.Select(e => new ContentFieldIndexRecord
        {
            DocumentId = item.DocumentId,
            ContentType = item.ContentType,
            PartName = e.PartName,
            FieldName = e.FieldName,
            TextValue = e.Value.Text is { Length: > 1024 } text ? text[..1024] : e.Value.Text,
            NumberValue = e.Value.Number is { } number ? (double)number : null,
            DateValue = e.Value.Date,
            BooleanValue = e.Value.Boolean,
        }).ToList();
        db.ContentFieldIndex.AddRange(records);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            foreach (var record in records)
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }

    private Task<bool> VersionExistsAsync(string versionId, CancellationToken ct) =>
        Rows().AnyAsync(r => r.ContentItemVersionId == versionId, ct);
}
