using System.Text.Json.Nodes;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>Evicts the cached published responses after a change to the site settings (site name, home page, the theme's settings).</summary>
public sealed class CacheEvictingSiteService(ISiteService inner, PublishedCacheEvictor evictor, IUnitOfWork unitOfWork) : ISiteService
{
    public Task<JsonObject> GetSiteSettingsAsync(CancellationToken ct = default) => inner.GetSiteSettingsAsync(ct);

    public async Task UpdateAsync(Action<JsonObject> change, CancellationToken ct = default)
    {
        await inner.UpdateAsync(change, ct);
        await evictor.EvictAfterCommitAsync(unitOfWork, "site settings changed");
    }
}
