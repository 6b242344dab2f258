using Microsoft.Extensions.Caching.Memory;

namespace LpbCms.Core.Storage;

/// <summary>
/// A named JSON document read through <see cref="IMemoryCache"/>: parsed values are cached under the
/// stored version stamp, so every process and node sees a change as soon as it is committed (the
/// stamp changes) without any invalidation message. One instance lives per DI scope and keeps the
/// value it read for the rest of the scope. A change made inside a transaction that is rolled back
/// is dropped from the cache, so nothing uncommitted is served.
/// </summary>
/// <typeparam name="T">The parsed document; cached values are shared between threads and must not be changed.</typeparam>
internal sealed class CachedDocument<T>(
    IDocumentStore store,
    IUnitOfWork unitOfWork,
    IMemoryCache cache,
    string name,
    Func<string, T> parse,
    Func<T, string> serialize,
    Func<T> createEmpty)
    where T : class
{
    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(30);

    private T? _scopeValue;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        if (_scopeValue is not null)
        {
            return _scopeValue;
        }

        // The stamp alone says whether the cached copy is current; the content is read only when it is not.
        var stamp = await store.GetStampAsync(name, ct);
        if (stamp is null)
        {
            return _scopeValue = createEmpty();
        }

        if (cache.TryGetValue(CacheKey(stamp), out T? value) && value is not null)
        {
            return _scopeValue = value;
        }

        var stored = await store.GetAsync(name, ct);
        if (stored is null)
        {
            return _scopeValue = createEmpty();
        }

        value = parse(stored.Json);
        Cache(CacheKey(stored.VersionStamp), value);
        return _scopeValue = value;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a fresh copy of the stored document and saves it with the
    /// stamp it was read with; a concurrent change in between is a <see cref="ConcurrencyConflictException"/>.
    /// <paramref name="onSaved"/> runs in the same transaction after a save (not when nothing changed),
    /// for writes that must commit or roll back with it (the change feed).
    /// </summary>
    public async Task UpdateAsync(Action<T> change, Func<CancellationToken, Task> onSaved, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onSaved);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await unitOfWork.BeginAsync(ct);
        var stored = await store.GetAsync(name, ct);
        var copy = stored is null ? createEmpty() : parse(stored.Json);
        change(copy);
        var json = serialize(copy);
        if (stored is not null && string.Equals(stored.Json, json, StringComparison.Ordinal))
        {
            // Nothing changed (e.g. a recipe re-run): keep the stamp, so caches stay valid and nothing is written.
            await transaction.CommitAsync(ct);
            return;
        }

        var stamp = await store.SaveAsync(name, json, stored?.VersionStamp, ct);
        await onSaved(ct);

        // Cache a value of our own: the caller may still hold (and change) the copy it was given.
        var key = CacheKey(stamp);
        var value = parse(json);
        Cache(key, value);
        _scopeValue = value;
        transaction.OnRolledBack(() =>
        {
            cache.Remove(key);
            _scopeValue = null;
            return Task.CompletedTask;
        });
        await transaction.CommitAsync(ct);
    }

    private string CacheKey(string stamp) => $"LpbCms:Document:{name}:{stamp}";

    private void Cache(string key, T value) =>
        cache.Set(key, value, new MemoryCacheEntryOptions { SlidingExpiration = SlidingExpiration, Size = 1 });
}
