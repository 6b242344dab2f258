using System.Net;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests;

public sealed class HealthEndpointTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task GetReady_FreshDataFolderAfterSetup_Returns200()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetLive_RunningHost_Returns200()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Start_FreshDataFolder_CreatesDatabaseAndDailyLogFile()
    {
        var logs = Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "lpbcms-*.log");

        Assert.True(File.Exists(Path.Combine(factory.DataPath, "lpbcms.db")));
        Assert.Single(logs);
        Assert.Contains("Setup done", File.ReadAllText(logs[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AdminPasswordConfigured_WritesNoPasswordFile()
    {
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "initial-admin-password")));
    }
}
