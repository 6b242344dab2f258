namespace LpbCms.Core.Contents.Indexing;

/// <summary>Maintenance of the field index apart from saving items (which replaces an item's own rows).</summary>
public interface IContentFieldIndexStore
{
    /// <summary>
    /// Deletes every row of the given fields, in the caller's transaction: a definition change that
    /// removes a field, its part or its type must not leave rows that a later field of the same name
    /// (perhaps of another type) would answer filters from.
    /// </summary>
    Task RemoveAsync(IReadOnlyCollection<FieldIndexKey> fields, CancellationToken ct = default);
}
