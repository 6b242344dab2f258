namespace LpbCms.Users.OpenId;

/// <summary>
/// Access token entries recently found valid in the database, so a bearer request skips the
/// token entry lookup for <see cref="Lifetime"/>. Revoking a client calls <see cref="Clear"/>,
/// which ends every entry on this node at once; a lookup that started before the clear cannot
/// put its (now stale) answer back, because each clear starts a new generation.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    /// <summary>Short: another node's revocation is seen within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ExpiringEntries<bool> _valid = new(time, maxEntries: 10_000);
    private long _generation;

    /// <summary>The generation to pass to <see cref="Add"/> after a database lookup started now.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool IsKnownValid(string tokenId)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        return _valid.TryGet(tokenId, out _);
    }

    /// <summary>Remembers a token found valid, unless the cache was cleared since <paramref name="generation"/>.</summary>
    public void Add(string tokenId, long generation)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        _valid.Set(tokenId, true, _valid.Now + Lifetime, stillCurrent: () => Interlocked.Read(ref _generation) == generation);
    }

    public void Clear() => _valid.Clear(alsoUnderLock: () => Interlocked.Increment(ref _generation));
}
