namespace LpbCms.Core.Storage;

/// <summary>
/// Named JSON documents with a version stamp (content definitions, site settings, ...).
/// A save with a stale expected stamp is a <see cref="ConcurrencyConflictException"/>.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string name, CancellationToken ct = default);

    /// <summary>Only the document's current version stamp (null when it does not exist): enough to tell whether a cached copy is current without reading the content.</summary>
    Task<string?> GetStampAsync(string name, CancellationToken ct = default);

    /// <summary>Stores the document; <paramref name="expectedStamp"/> null means "must not exist yet". Returns the new stamp.</summary>
    Task<string> SaveAsync(string name, string json, string? expectedStamp, CancellationToken ct = default);
}
