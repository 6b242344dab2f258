using System.Text.Json.Nodes;

namespace LpbCms.Core.Settings;

/// <summary>
/// Site settings as one JSON document (Orchard's "Site" document: SiteName, HomeRoute, per-module
/// sections keyed by name). Stored through <see cref="Storage.IDocumentStore"/>, cached.
/// </summary>
public interface ISiteService
{
    Task<JsonObject> GetSiteSettingsAsync(CancellationToken ct = default);

    /// <summary>Applies a change to a copy of the settings and stores it.</summary>
    Task UpdateAsync(Action<JsonObject> change, CancellationToken ct = default);
}
