using System.Net;
using LpbCms.Web.Tests.Api;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// 20 API clients writing at once to the SQLite site: no 5xx, and every acknowledged write is
/// stored with its final value (409 conflicts are correct answers). The load runs 10 s by
/// default, <c>LPBCMS_FAULT_SECONDS=30</c> for the full run.
/// </summary>
public sealed class SqliteConcurrentWritersTests(ApiSite site, ITestOutputHelper output) : IClassFixture<ApiSite>
{
    private const int Writers = 20;

    [Fact]
    public async Task TwentyWriters_NoServerErrorsAndNoLostUpdates()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await site.TokenAsync("Editor");
        var shared = await CreateSharedAsync(token, 4);
        var duration = FaultDuration.Get(defaultSeconds: 10);

        var result = await new ConcurrentApiWriters(() => site.Client(token), shared).RunAsync(Writers, duration, ct);

        output.WriteLine($"{result.Total} writes in {duration.TotalSeconds} s ({result.Total / duration.TotalSeconds:F1}/s); {result.Describe()}");
        Assert.Equal(0, result.ServerErrors);
        Assert.Contains(result.Statuses, s => s.Key == HttpStatusCode.OK);
        Assert.Empty(LostUpdates.Find(result.Acknowledged, await StoredTitles.ReadAsync(site.Factory, result)));
    }

    private async Task<IReadOnlyList<string>> CreateSharedAsync(string token, int count)
    {
        using var client = site.Client(token);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var response = await ApiJson.PostAsync(client, "/api/content", ConcurrentApiWriters.NewGift($"shared-{i}"));
            response.EnsureSuccessStatusCode();
            ids.Add((string)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]!);
        }

        return ids;
    }
}
