using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests;

/// <summary>The same host on PostgreSQL: setup, readiness and the seeded article (skipped without LPBCMS_TEST_POSTGRES).</summary>
public sealed class PostgresSiteTests(PostgresSiteFixture fixture) : IClassFixture<PostgresSiteFixture>
{
    private static readonly RecipeContentItem Article =
        RecipeContentItem.Find(RecipeFiles.LpbSite, "BlogPost", "25 jaar LPB: Van wijkgericht werken naar werken in wijken");

    [Fact]
    public async Task GetReady_FreshPostgresDatabaseAfterSetup_Returns200()
    {
        using var client = fixture.RequireFactory().CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetContent_AnniversaryArticleOnPostgres_ReturnsItsTitle()
    {
        using var client = fixture.RequireFactory().CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/content/{Article.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(Article.DisplayTitle, (string?)json["TitlePart"]?["Title"]);
    }
}
