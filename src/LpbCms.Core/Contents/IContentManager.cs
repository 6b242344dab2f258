using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents;

/// <summary>
/// Content lifecycle with Orchard's semantics. Per item at most one version is <c>Latest</c> and at
/// most one is <c>Published</c>; every operation keeps both invariants and runs in one transaction.
/// Saving a version whose <see cref="ContentItem.Revision"/> is stale throws
/// <see cref="ConcurrencyConflictException"/>; validation failures throw <see cref="ContentValidationException"/>.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with fresh ids and the type's parts initialized.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken ct = default);

    /// <summary>Stores a new item as a draft or published.</summary>
    Task CreateAsync(ContentItem item, bool publish, CancellationToken ct = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionScope scope = VersionScope.Published, CancellationToken ct = default);

    /// <summary>
    /// The version an editor should change: the current draft, or a new draft made from the
    /// published version when the type is draftable/versionable (Orchard's DraftRequired).
    /// </summary>
    Task<ContentItem?> GetForEditAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Stores changes to a version obtained from <see cref="GetForEditAsync"/> as the draft.</summary>
    Task SaveDraftAsync(ContentItem item, CancellationToken ct = default);

    /// <summary>Publishes the given version (storing its changes first).</summary>
    Task PublishAsync(ContentItem item, CancellationToken ct = default);

    Task UnpublishAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Drops the draft; the published version becomes latest again. Refused when there is no published version.</summary>
    Task DiscardDraftAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Soft delete: all versions lose Latest and Published; rows are kept for history.</summary>
    Task RemoveAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>A new draft item copied from the latest version, with new ids and a unique path.</summary>
    Task<ContentItem> CloneAsync(string contentItemId, CancellationToken ct = default);

    /// <summary>Makes a new draft from an old version's data.</summary>
    Task<ContentItem> RestoreVersionAsync(string contentItemVersionId, CancellationToken ct = default);

    /// <summary>
    /// Imports a version as Orchard's recipe import does: matched on ContentItemVersionId (identical
    /// version: nothing changes), otherwise stored as the item's new latest (and published when the
    /// document says Published).
    /// </summary>
    Task ImportAsync(ContentItem item, CancellationToken ct = default);
}
