using GraphQL.DataLoader;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// Batches the items that content pickers point to: every picker resolved at one level of the
/// query registers its ids, and the first result awaited loads them all with one query.
/// One instance per request and version scope; the serial execution strategy calls it from one thread.
/// </summary>
public sealed class ContentItemsLoader(IContentStore store, VersionScope scope)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentItem> _loaded = new(StringComparer.Ordinal);

    /// <summary>How many queries the loader ran (for tests proving there is no N+1).</summary>
    public int QueryCount { get; private set; }

    public IDataLoaderResult<IReadOnlyList<ContentItem>> Load(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids.Where(id => !_loaded.ContainsKey(id)))
        {
            _pending.Add(id);
        }

        return new Result(this, ids);
    }

    private async Task<IReadOnlyList<ContentItem>> GetAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        if (_pending.Count > 0)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            QueryCount++;
            foreach (var item in await store.GetManyAsync(batch, scope, ct))
            {
                _loaded[item.ContentItemId] = item;
            }
        }

        return [.. ids.Select(id => _loaded.GetValueOrDefault(id)).OfType<ContentItem>()];
    }

    private sealed class Result(ContentItemsLoader loader, IReadOnlyList<string> ids) : IDataLoaderResult<IReadOnlyList<ContentItem>>
    {
        public Task<IReadOnlyList<ContentItem>> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(ids, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
