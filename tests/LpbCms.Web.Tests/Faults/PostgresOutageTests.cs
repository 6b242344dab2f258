using System.Diagnostics;
using System.Net;
using LpbCms.Web.Tests.Api;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// A real PostgreSQL of the test's own, stopped for 10 s while API writers keep writing: the node
/// answers 503 ProblemDetails with Retry-After for what needs the database, keeps serving cached
/// pages, is not ready, recovers by itself when the server is back, never answers 500, and every
/// acknowledged write is stored.
/// </summary>
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DatabaseStoppedAndStarted_503WhileDownCachedPagesServedRecoversWithoutRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var postgres = await DedicatedPostgres.StartNewAsync();
        await using var site = ApiSite.On(LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Database:Provider"] = "Postgres",
            ["ConnectionStrings:LpbCms"] = postgres.ConnectionString,
        }));
        await site.InitializeAsync();
        var token = await site.TokenAsync("Editor");
        using var anonymous = site.Client();

        // Drafts: a publish would evict the cached pages this test expects to be served.
        var writers = new ConcurrentApiWriters(() => site.Client(token), [], "/api/content?draft=true").RunAsync(4, Outage * 3, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        await OutageProbes.AssertStatusAsync(anonymous, "/", HttpStatusCode.OK);
        await postgres.StopAsync();
        var down = Stopwatch.StartNew();
        await OutageProbes.AssertStatusAsync(anonymous, "/", HttpStatusCode.OK);
        await OutageProbes.AssertStatusAsync(anonymous, "/health/ready", HttpStatusCode.ServiceUnavailable);
        await OutageProbes.AssertUnavailableProblemAsync(anonymous, "/cadeaus");
        await Task.Delay(Outage - down.Elapsed, ct);
        await postgres.StartAsync();
        var recovery = await OutageProbes.WaitUntilReadyAsync(anonymous, TimeSpan.FromSeconds(60));
        await OutageProbes.AssertStatusAsync(anonymous, "/cadeaus", HttpStatusCode.OK);
        var result = await writers;

        output.WriteLine($"Ready {recovery.TotalSeconds:F1} s after PostgreSQL was started again; writes: {result.Describe()}");
        Assert.DoesNotContain(result.Statuses, s => (int)s.Key >= 500 && s.Key != HttpStatusCode.ServiceUnavailable);
        Assert.Contains(result.Statuses, s => s.Key == HttpStatusCode.ServiceUnavailable);
        Assert.Empty(LostUpdates.Find(result.Acknowledged, await StoredTitles.ReadAsync(site.Factory, result)));
    }
}
