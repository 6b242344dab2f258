using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Contents.Services;

/// <summary>
/// Reads through <see cref="IContentStore"/> rather than the content manager: handlers run inside the
/// content manager, and the store sees the current transaction (items imported earlier in the same recipe).
/// </summary>
public sealed class ContentStoreItemLoader(IContentStore store) : IContentItemLoader
{
    public Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken ct = default) =>
        store.GetAsync(contentItemId, VersionScope.Latest, ct);
}
