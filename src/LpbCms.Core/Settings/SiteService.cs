using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Changes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace LpbCms.Core.Settings;

/// <summary>
/// Site settings as one JSON document named <see cref="DocumentName"/>, stored through
/// <see cref="IDocumentStore"/> and cached by version stamp. Every stored change appends a
/// <see cref="ContentChangeEvent.SettingsChanged"/> row to the change feed in the same transaction.
/// </summary>
public sealed class SiteService : ISiteService
{
    public const string DocumentName = "Site";

    private readonly CachedDocument<JsonObject> _document;
    private readonly ContentChangeRecorder _changes;

    public SiteService(IDocumentStore store, IUnitOfWork unitOfWork, IMemoryCache cache, ContentChangeRecorder changes)
    {
        _changes = changes;
        _document = new CachedDocument<JsonObject>(store, unitOfWork, cache, DocumentName, Parse, Serialize, () => []);
    }

    /// <summary>A copy of the settings: changing it changes nothing stored (use <see cref="UpdateAsync"/>).</summary>
    public async Task<JsonObject> GetSiteSettingsAsync(CancellationToken ct = default) =>
        (await _document.GetAsync(ct)).DeepClone().AsObject();

    public Task UpdateAsync(Action<JsonObject> change, CancellationToken ct = default) =>
        _document.UpdateAsync(change, token => _changes.RecordAsync(ContentChangeEvent.SettingsChanged, token), ct);

    private static JsonObject Parse(string json)
    {
        var settings = JsonNode.Parse(json) as JsonObject
            ?? throw new JsonException($"The stored '{DocumentName}' document must be a JSON object.");

        // The parsed tree is cached and copied by several threads at once; build it completely now.
        JsonNodeMaterializer.Materialize(settings);
        return settings;
    }

    private static string Serialize(JsonObject settings) => settings.ToJsonString(ContentItemJson.Options);
}
