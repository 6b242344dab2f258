using System.Globalization;

namespace LpbTheme.Caching;

/// <summary>
/// A counter that is part of every cached page's key and moves on each eviction. A render that read
/// content before a change was committed is stored under the old key, which no request uses any more,
/// so a page evicted while it was being rendered cannot come back stale.
/// </summary>
public sealed class PageCacheGeneration
{
    public const string KeyName = "lpbtheme-generation";

    private long _value;

    public string Current => Interlocked.Read(ref _value).ToString(CultureInfo.InvariantCulture);

    public void Advance() => Interlocked.Increment(ref _value);
}
