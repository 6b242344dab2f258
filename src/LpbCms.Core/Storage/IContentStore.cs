using LpbCms.Core.Contents;

namespace LpbCms.Core.Storage;

/// <summary>
/// Persists content item versions (one row per version, Orchard's ContentItemIndex columns plus
/// path and JSON document). All reads and filters run in the database.
/// </summary>
public interface IContentStore
{
    Task<ContentItem?> GetAsync(string contentItemId, VersionScope scope, CancellationToken ct = default);

    /// <summary>Many items in one query (for expansion and pickers); missing ids are skipped.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionScope scope, CancellationToken ct = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="take"/> versions stored after <paramref name="afterDocumentId"/>, in
    /// storage order (keyset paging, so a backup reads every version a page at a time). With
    /// <paramref name="currentOnly"/> only latest or published versions.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAfterAsync(long afterDocumentId, int take, bool currentOnly, CancellationToken ct = default);

    /// <summary>Every stored version of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken ct = default);

    Task<ContentQueryResult> QueryAsync(ContentQuery query, CancellationToken ct = default);

    /// <summary>The page of <paramref name="query"/> without counting every match: one query instead of two, for callers that show no total (GraphQL lists).</summary>
    Task<IReadOnlyList<ContentItem>> ListAsync(ContentQuery query, CancellationToken ct = default);

    /// <summary>
    /// Inserts (DocumentId 0) or updates the version row and replaces its field index rows.
    /// An update whose <see cref="ContentItem.Revision"/> is not the stored one throws
    /// <see cref="ConcurrencyConflictException"/>. On success DocumentId and Revision are updated.
    /// </summary>
    Task SaveAsync(ContentItem item, IReadOnlyList<ContentFieldIndexEntry> fieldIndex, CancellationToken ct = default);

    /// <summary>Removes a version row (used for non-versionable types and discarded drafts).</summary>
    Task DeleteVersionAsync(ContentItem item, CancellationToken ct = default);

    /// <summary>The item that holds <paramref name="path"/> in its latest or published version, other than <paramref name="exceptContentItemId"/>.</summary>
    Task<string?> FindPathOwnerAsync(string path, string? exceptContentItemId, CancellationToken ct = default);
}
