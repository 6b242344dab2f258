using System.Collections.Concurrent;
using System.Net;

namespace LpbCms.Web.Tests.Faults;

/// <summary>What concurrent API writers saw: every acknowledged write and a count per status code.</summary>
internal sealed class WriterLoadResult
{
    public ConcurrentBag<AcknowledgedWrite> Acknowledged { get; } = [];

    public ConcurrentDictionary<HttpStatusCode, int> Statuses { get; } = new();

    public int ServerErrors => Statuses.Where(s => (int)s.Key >= 500).Sum(s => s.Value);

    public int Total => Statuses.Values.Sum();

    public void Count(HttpStatusCode status) => Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    public string Describe() =>
        string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"));
}
