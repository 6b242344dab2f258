using System.Diagnostics;
using System.Net;

namespace LpbCms.Web.Tests.Faults;

/// <summary>Requests a fault test makes while the database is away and while it comes back.</summary>
internal static class OutageProbes
{
    public static async Task AssertStatusAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}, expected {(int)expected}");
    }

    /// <summary>A request that needs the database: 503 ProblemDetails that says when to retry.</summary>
    public static async Task AssertUnavailableProblemAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Contains("database", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200; returns how long that took, or fails after <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> WaitUntilReadyAsync(HttpClient client, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return waited.Elapsed;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }

        Assert.Fail($"/health/ready did not recover within {limit.TotalSeconds} s of PostgreSQL starting again.");
        return waited.Elapsed;
    }
}
