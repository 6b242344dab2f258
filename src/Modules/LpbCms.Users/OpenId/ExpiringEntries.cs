namespace LpbCms.Users.OpenId;

/// <summary>
/// A small thread-safe map whose entries end at their own time, bounded by starting over when
/// full (many distinct keys within one lifetime are rare; growing without bound is worse).
/// The token caches are built on it.
/// </summary>
internal sealed class ExpiringEntries<TValue>(TimeProvider time, int maxEntries)
{
    private readonly Lock _gate = new();
    private Dictionary<string, (TValue Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public DateTimeOffset Now => time.GetUtcNow();

    public bool TryGet(string key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Until > time.GetUtcNow())
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Stores the entry unless <paramref name="stillCurrent"/> (checked under the lock) says the caller's read is stale.</summary>
    public void Set(string key, TValue value, DateTimeOffset until, Func<bool>? stillCurrent = null)
    {
        lock (_gate)
        {
            if (stillCurrent?.Invoke() == false)
            {
                return;
            }

            if (_entries.Count >= maxEntries)
            {
                _entries = new Dictionary<string, (TValue Value, DateTimeOffset Until)>(StringComparer.Ordinal);
            }

            _entries[key] = (value, until);
        }
    }

    /// <summary>Forgets every entry; <paramref name="alsoUnderLock"/> runs inside the same lock.</summary>
    public void Clear(Action? alsoUnderLock = null)
    {
        lock (_gate)
        {
            alsoUnderLock?.Invoke();
            _entries = new Dictionary<string, (TValue Value, DateTimeOffset Until)>(StringComparer.Ordinal);
        }
    }
}
