using LpbCms.Core.Contents;

namespace LpbCms.Contents.Services;

/// <summary>Loads the latest version of an item by id (for the <c>container</c> filter and list checks).</summary>
public interface IContentItemLoader
{
    Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken ct = default);
}
