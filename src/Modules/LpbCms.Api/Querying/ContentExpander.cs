using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>
/// Embeds the items that content picker fields point to, as <c>ContentItems</c> beside the
/// field's <c>ContentItemIds</c>. Each level of every requested path is loaded with one query for
/// all items at that level (never one query per item); missing or unpublished targets are left out.
/// </summary>
public sealed class ContentExpander(IContentStore store)
{
    public const string ExpandedItemsKey = "ContentItems";

    public async Task ExpandAsync(IReadOnlyList<ContentItem> roots, IReadOnlyList<ExpandPath> paths, VersionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || roots.Count == 0)
        {
            return;
        }

        // Each level: which picker field nodes get which items. Attached deepest first, so an item
        // is serialized into its parent with its own expansions already in place.
        var levels = new List<List<(JsonObject Field, IReadOnlyList<string> Ids)>>();
        var loaded = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var frontier = paths.Select(p => (Path: p, Items: roots)).ToList();
        for (var depth = 0; frontier.Count > 0; depth++)
        {
            var level = new List<(JsonObject Field, IReadOnlyList<string> Ids, ExpandPath Path)>();
            foreach (var (path, items) in frontier)
            {
                var step = path.Steps[depth];
                foreach (var item in items)
                {
                    if (item.Content[step.PartName] is JsonObject part && part[step.FieldName] is JsonObject field)
                    {
                        level.Add((field, ReadIds(field), path));
                    }
                }
            }

            var missing = level.SelectMany(l => l.Ids).Where(id => !loaded.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                foreach (var item in await store.GetManyAsync(missing, scope, ct))
                {
                    loaded[item.ContentItemId] = item;
                }
            }

            levels.Add([.. level.Select(l => (l.Field, l.Ids))]);
            frontier = [.. level
                .Where(l => l.Path.Steps.Count > depth + 1)
                .GroupBy(l => l.Path)
                .Select(g => (Path: g.Key, Items: (IReadOnlyList<ContentItem>)[.. g.SelectMany(l => l.Ids).Distinct(StringComparer.Ordinal).Select(id => loaded.GetValueOrDefault(id)).OfType<ContentItem>()]))];
        }

        for (var depth = levels.Count - 1; depth >= 0; depth--)
        {
            foreach (var (field, ids) in levels[depth])
            {
                var array = new JsonArray();
                foreach (var id in ids)
                {
                    if (loaded.TryGetValue(id, out var target))
                    {
                        array.Add(ContentItemJson.ToJsonObject(target));
                    }
                }

                field[ExpandedItemsKey] = array;
            }
        }
    }

    private static List<string> ReadIds(JsonObject field) =>
        field["ContentItemIds"] is JsonArray ids
            ? [.. ids.OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(v => v.GetValue<string>())]
            : [];
}
