using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// Writes an Orchard-format recipe from a <see cref="ExportSelection"/>: a <c>ContentDefinition</c>
/// step with the chosen types and the part definitions they use (the implicit part named after
/// the type included), then a <c>content</c> step with the items' latest versions as stored
/// (ContentItemJson shape, unknown parts kept), so importing it restores them losslessly. An item
/// whose latest version is a draft beside a published one gets its published version too, just
/// before the draft (Orchard's way: <c>Latest: false, Published: true</c>), so the site it is
/// imported into shows the same published page.
/// </summary>
public sealed class RecipeExporter(IContentDefinitionManager definitions, IContentStore store)
{
    private const int PageSize = 500;

    /// <exception cref="ArgumentException">A chosen type is not defined.</exception>
    public async Task<JsonObject> ExportAsync(ExportSelection selection, string? author, DateTime nowUtc, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var document = await definitions.GetDocumentAsync(ct);
        var steps = new JsonArray();
        var definitionTypes = selection.Everything ? [.. document.ContentTypes.Select(t => t.Name)] : selection.DefinitionTypes;
        if (definitionTypes.Count > 0)
        {
            steps.Add(DefinitionStep(document, definitionTypes));
        }

        var items = await CollectItemsAsync(document, selection, ct);
        if (items.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "content", ["Data"] = new JsonArray([.. items.Select(i => (JsonNode)ContentItemJson.ToJsonObject(i))]) });
        }

        var stamp = nowUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["name"] = "Export",
            ["displayName"] = $"Export {stamp} UTC",
            ["description"] = $"{definitionTypes.Count} content type(s) and {items.Count} content item version(s) exported from LpbCms.",
            ["author"] = author ?? "",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("export"),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
    }

    private static JsonObject DefinitionStep(ContentDefinitionDocument document, IReadOnlyList<string> typeNames)
    {
        var types = new JsonArray();
        var partNames = new List<string>();
        foreach (var name in typeNames.Distinct(StringComparer.Ordinal))
        {
            var type = document.FindType(name) ?? throw new ArgumentException($"The content type '{name}' is not defined.", nameof(typeNames));
            types.Add(JsonSerializer.SerializeToNode(type, ContentDefinitionJson.Options));
            partNames.AddRange(type.ContentTypePartDefinitionRecords.Select(p => p.PartName).Where(p => !partNames.Contains(p, StringComparer.Ordinal)));
        }

        var parts = new JsonArray();
        foreach (var partName in partNames)
        {
            if (document.FindPartDefinition(partName) is { } part)
            {
                parts.Add(JsonSerializer.SerializeToNode(part, ContentDefinitionJson.Options));
            }
        }

        return new JsonObject { ["name"] = "ContentDefinition", ["ContentTypes"] = types, ["ContentParts"] = parts };
    }

    private async Task<List<ContentItem>> CollectItemsAsync(ContentDefinitionDocument document, ExportSelection selection, CancellationToken ct)
    {
        var items = new List<ContentItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var types = selection.Everything ? [.. document.ContentTypes.Select(t => t.Name)] : selection.ContentTypes;
        if (types.Count > 0)
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await store.QueryAsync(
                    new ContentQuery
                    {
                        Scope = VersionScope.Latest,
                        ContentTypes = types,
                        OrderBy = new ContentOrder(ContentOrderColumn.CreatedUtc, Descending: false),
                        Skip = skip,
                        Take = PageSize,
                    },
                    ct);
                items.AddRange(page.Items.Where(i => seen.Add(i.ContentItemId)));
                if (page.Items.Count < PageSize)
                {
                    break;
                }
            }
        }

        var single = selection.ContentItemIds.Where(id => !seen.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (single.Count > 0)
        {
            var found = await store.GetManyAsync(single, VersionScope.Latest, ct);
            items.AddRange(found.Where(i => seen.Add(i.ContentItemId)));
        }

        return await WithPublishedBesideDraftsAsync(items, ct);
    }

    private async Task<List<ContentItem>> WithPublishedBesideDraftsAsync(List<ContentItem> latest, CancellationToken ct)
    {
        var published = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var chunk in latest.Where(i => !i.Published).Select(i => i.ContentItemId).Chunk(PageSize))
        {
            foreach (var item in await store.GetManyAsync(chunk, VersionScope.Published, ct))
            {
                published[item.ContentItemId] = item;
            }
        }

        var result = new List<ContentItem>(latest.Count + published.Count);
        foreach (var item in latest)
        {
            if (published.TryGetValue(item.ContentItemId, out var live) && live.ContentItemVersionId != item.ContentItemVersionId)
            {
                result.Add(live);
            }

            result.Add(item);
        }

        return result;
    }
}
