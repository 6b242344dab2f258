using LpbCms.Core.Storage;
using LpbCms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>Named JSON documents with optimistic concurrency on their version stamp.</summary>
public sealed class EfDocumentStore(LpbDbContext db) : IDocumentStore
{
    public async Task<StoredDocument?> GetAsync(string name, CancellationToken ct = default)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Name == name, ct);
        return record is null ? null : new StoredDocument(record.Name, record.Content, record.VersionStamp);
    }

    public Task<string?> GetStampAsync(string name, CancellationToken ct = default) =>
        db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => (string?)d.VersionStamp).SingleOrDefaultAsync(ct);

    public async Task<string> SaveAsync(string name, string json, string? expectedStamp, CancellationToken ct = default)
    {
        var newStamp = Guid.NewGuid().ToString("N");
        if (expectedStamp is null)
        {
            var record = new DocumentRecord { Name = name, Content = json, VersionStamp = newStamp };
            db.Documents.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex)
            {
                throw new ConcurrencyConflictException($"The document '{name}' was created by someone else meanwhile.", ex);
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }

            return newStamp;
        }

        var updated = await db.Documents
            .Where(d => d.Name == name && d.VersionStamp == expectedStamp)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, json).SetProperty(d => d.VersionStamp, newStamp), ct);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException($"The document '{name}' was changed by someone else meanwhile; reload it and apply the change again.");
        }

        return newStamp;
    }
}
