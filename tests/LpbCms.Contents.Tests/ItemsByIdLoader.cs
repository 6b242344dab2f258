using LpbCms.Contents.Services;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Tests;

/// <summary>Serves a fixed set of items by id, for testing filters that look up another item; storage itself is tested against a real database elsewhere.</summary>
internal sealed class ItemsByIdLoader(params ContentItem[] items) : IContentItemLoader
{
    public Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken ct = default) =>
        Task.FromResult(items.FirstOrDefault(i => i.ContentItemId == contentItemId));
}
