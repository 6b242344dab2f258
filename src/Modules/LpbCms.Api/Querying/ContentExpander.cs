using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>
/// Embeds related items as <c>ContentItems</c>: beside a content picker field's <c>ContentItemIds</c>,
/// or, for <see cref="ExpandPath.ListChildren"/>, in the list's <c>ListPart</c> (its children, ordered
/// by <c>ContainedPart.Order</c>). Each level of every requested path is loaded with one query for
/// all pickers at that level and one for all lists at that level (through the
/// <see cref="ContainedPartIndex.ListContentItemId"/> index entry) — never one query per item;
/// missing targets and targets outside the version scope are left out.
/// </summary>
public sealed class ContentExpander(IContentStore store)
{
    public const string ExpandedItemsKey = "ContentItems";

    /// <summary>Most list children one level may embed (the store's page cap); more is refused, never cut silently.</summary>
    public const int MaxListChildrenPerLevel = 1000;

    public async Task ExpandAsync(IReadOnlyList<ContentItem> roots, IReadOnlyList<ExpandPath> paths, VersionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || roots.Count == 0)
        {
            return;
        }

        // Each level: which nodes (picker fields or ListParts) get which items. Attached deepest
        // first, so an item is serialized into its parent with its own expansions already in place.
        var levels = new List<List<(JsonObject Node, IReadOnlyList<string> Ids)>>();
        var loaded = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var frontier = paths.Select(p => (Path: p, Items: roots)).ToList();
        for (var depth = 0; frontier.Count > 0; depth++)
        {
            var pickers = new List<(JsonObject Node, IReadOnlyList<string> Ids, ExpandPath Path)>();
            var lists = new List<(JsonObject Node, string ListId, ExpandPath Path)>();
            foreach (var (path, items) in frontier)
            {
                var step = path.Steps[depth];
                foreach (var item in items)
                {
                    if (item.Content[step.PartName] is not JsonObject part)
                    {
                        continue;
                    }

                    if (step == ExpandPath.ListChildren)
                    {
                        lists.Add((part, item.ContentItemId, path));
                    }
                    else if (part[step.FieldName] is JsonObject field)
                    {
                        pickers.Add((field, ReadIds(field), path));
                    }
                }
            }

            await LoadPickedAsync(pickers.SelectMany(p => p.Ids), loaded, scope, ct);
            var children = await LoadChildrenAsync(lists.Select(l => l.ListId), loaded, scope, ct);
            var level = pickers.Concat(lists.Select(l => (l.Node, Ids: children.GetValueOrDefault(l.ListId) ?? [], l.Path))).ToList();

            levels.Add([.. level.Select(l => (l.Node, l.Ids))]);
            frontier = [.. level
                .Where(l => l.Path.Steps.Count > depth + 1)
                .GroupBy(l => l.Path)
                .Select(g => (Path: g.Key, Items: (IReadOnlyList<ContentItem>)[.. g.SelectMany(l => l.Ids).Distinct(StringComparer.Ordinal).Select(id => loaded.GetValueOrDefault(id)).OfType<ContentItem>()]))];
        }

        Attach(levels, loaded);
    }

    private static void Attach(List<List<(JsonObject Node, IReadOnlyList<string> Ids)>> levels, Dictionary<string, ContentItem> loaded)
    {
        for (var depth = levels.Count - 1; depth >= 0; depth--)
        {
            foreach (var (node, ids) in levels[depth])
            {
                var array = new JsonArray();
                foreach (var id in ids)
                {
                    if (loaded.TryGetValue(id, out var target))
                    {
                        array.Add(ContentItemJson.ToJsonObject(target));
                    }
                }

                node[ExpandedItemsKey] = array;
            }
        }
    }

    private async Task LoadPickedAsync(IEnumerable<string> ids, Dictionary<string, ContentItem> loaded, VersionScope scope, CancellationToken ct)
    {
        var missing = ids.Where(id => !loaded.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var item in await store.GetManyAsync(missing, scope, ct))
        {
            loaded[item.ContentItemId] = item;
        }
    }

    /// <summary>The children of all <paramref name="listIds"/> in one query, as ids per list in list order.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> LoadChildrenAsync(IEnumerable<string> listIds, Dictionary<string, ContentItem> loaded, VersionScope scope, CancellationToken ct)
    {
        var ids = listIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        var result = await store.QueryAsync(
            new ContentQuery
            {
                Scope = scope,
                FieldFilters = [ContentFieldFilter.TextIn(ContainedPartIndex.ListContentItemId, ids)],
                OrderBy = new ContentOrder(ContentOrderColumn.CreatedUtc, Descending: false),
                Take = MaxListChildrenPerLevel,
            },
            ct);
        if (result.TotalCount > result.Items.Count)
        {
            throw new ExpandLimitException($"The lists at one expand level hold {result.TotalCount} items; at most {MaxListChildrenPerLevel} can be embedded. Page through them with a list query instead.");
        }

        foreach (var child in result.Items)
        {
            loaded[child.ContentItemId] = child;
        }

        return result.Items
            .Select(child => (Child: child, Contained: child.Content[ContainedPartIndex.PartName] as JsonObject))
            .GroupBy(c => ReadString(c.Contained, ContainedPartIndex.ListContentItemIdName) ?? "", StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.OrderBy(c => ReadOrder(c.Contained)).Select(c => c.Child.ContentItemId)],
                StringComparer.Ordinal);
    }

    private static string? ReadString(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int ReadOrder(JsonObject? contained) =>
        contained?["Order"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var order) ? order : 0;

    private static List<string> ReadIds(JsonObject field) =>
        field["ContentItemIds"] is JsonArray ids
            ? [.. ids.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())]
            : [];
}
