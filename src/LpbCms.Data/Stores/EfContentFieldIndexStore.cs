using LpbCms.Core.Contents.Indexing;
using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Stores;

/// <summary>Field index maintenance on the scoped context, so it runs in the unit of work's transaction.</summary>
public sealed class EfContentFieldIndexStore(LpbDbContext db) : IContentFieldIndexStore
{
    public async Task RemoveAsync(IReadOnlyCollection<FieldIndexKey> fields, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            await db.ContentFieldIndex
                .Where(f => f.ContentType == field.ContentType && f.PartName == field.PartName && f.FieldName == field.FieldName)
                .ExecuteDeleteAsync(ct);
        }
    }
}
