using System.Net;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The benchmark's fixed-payload endpoint lives in bench/LpbCms.Bench.Endpoints, loaded only by
/// bench/run.sh: the production host does not answer it, not even with the setting that used to
/// switch it on.
/// </summary>
public sealed class BenchmarkEndpointTests
{
    [Fact]
    public async Task FixedPayload_ProductionHostWithFormerSwitchOn_AnswersNotFound()
    {
        await using var factory = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Api:Benchmark:Enabled"] = "true",
        });
        await factory.InitializeAsync();
        using var client = factory.CreateClient();

        using var response = await ApiJson.GetAsync(client, "/api/bench/fixed");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
