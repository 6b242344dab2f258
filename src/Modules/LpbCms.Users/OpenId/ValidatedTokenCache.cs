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

    private const int MaxEntries = 10_000;

    private readonly Lock _gate = new();
    private Dictionary<string, DateTimeOffset> _validUntil = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The generation to pass to <see cref="Add"/> after a database lookup started now.</summary>
    public long Generation
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    public bool IsKnownValid(string tokenId)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        lock (_gate)
        {
            return _validUntil.TryGetValue(tokenId, out var until) && until > time.GetUtcNow();
        }
    }

    /// <summary>Remembers a token found valid, unless the cache was cleared since <paramref name="generation"/>.</summary>
    public void Add(string tokenId, long generation)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        lock (_gate)
        {
            if (generation != _generation)
            {
                return;
            }

            if (_validUntil.Count >= MaxEntries)
            {
                // Many distinct tokens within one lifetime: start over rather than grow without bound.
                _validUntil = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            }

            _validUntil[tokenId] = time.GetUtcNow() + Lifetime;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _validUntil = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }
    }
}
