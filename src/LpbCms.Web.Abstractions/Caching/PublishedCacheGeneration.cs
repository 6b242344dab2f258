using System.Globalization;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>
/// A counter that is part of every cached published response's key and moves on each eviction. A
/// response that read content before a change was committed is stored under the old key, which no
/// request uses any more, so a response evicted while it was being produced cannot come back stale.
/// </summary>
public sealed class PublishedCacheGeneration
{
    public const string KeyName = "lpb-published-generation";

    private long _value;

    public string Current => Interlocked.Read(ref _value).ToString(CultureInfo.InvariantCulture);

    public void Advance() => Interlocked.Increment(ref _value);
}
