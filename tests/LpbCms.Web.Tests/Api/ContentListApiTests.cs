using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>GET /api/content: filters on columns and custom fields (in SQL), ordering, paging, envelope, expansion and bad input.</summary>
public sealed class ContentListApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task List_CongressYearGreaterThan2015_ReturnsMatchingCongressesInOrder()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Congress&Congress.Year[gt]=2015&orderBy=Congress.Year:asc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ApiJson.ReadObjectAsync(response);
        var years = page["items"]!.AsArray().Select(i => (int)i!["Congress"]!["Year"]!["Value"]!).ToList();
        Assert.Equal([2017, 2022, 2023, 2025], years);
        Assert.Equal(4, (int)page["totalCount"]!);
    }

    [Fact]
    public async Task List_GiftOrganisationEqualsLsa_ReturnsOneGift()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Gift&Gift.Organisation=LSA");

        var page = await ApiJson.ReadObjectAsync(response);
        var item = Assert.Single(page["items"]!.AsArray());
        Assert.Equal("Vijf gelukwensen van het LSA", (string?)item!["DisplayText"]);
    }

    [Fact]
    public async Task List_FirstAndSkip_ReturnsPageWithLinks()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Congress&first=2&skip=2&orderBy=publishedUtc:desc");

        var page = await ApiJson.ReadObjectAsync(response);
        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.Equal(6, (int)page["totalCount"]!);
        Assert.Equal(2, (int)page["skip"]!);
        Assert.Equal(2, (int)page["first"]!);
        Assert.Contains("skip=4", (string?)page["links"]!["next"], StringComparison.Ordinal);
        Assert.Contains("skip=0", (string?)page["links"]!["prev"], StringComparison.Ordinal);
        Assert.Equal("ContentItemId", page["items"]![0]!.AsObject().First().Key);
    }

    [Fact]
    public async Task List_ExpandGiftArticle_EmbedsTheArticle()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Gift&expand=Gift.Article");

        var page = await ApiJson.ReadObjectAsync(response);
        Assert.Equal(5, page["items"]!.AsArray().Count);
        foreach (var gift in page["items"]!.AsArray())
        {
            var article = Assert.Single(gift!["Gift"]!["Article"]!["ContentItems"]!.AsArray());
            Assert.Equal("BlogPost", (string?)article!["ContentType"]);
        }
    }

    [Theory]
    [InlineData("/api/content?type=Nope", "type")]
    [InlineData("/api/content?type=Congress&Congress.Nope=1", "Congress.Nope")]
    [InlineData("/api/content?type=Congress&Congress.Year[gt]=2015%27%20OR%201%3D1--", "Congress.Year[gt]")]
    [InlineData("/api/content?type=Congress&Congress.Year[like]=2015", "Congress.Year[like]")]
    [InlineData("/api/content?type=Congress&orderBy=Year%3B%20DROP%20TABLE%20ContentItems", "orderBy")]
    [InlineData("/api/content?type=Congress&Congress.StartDate[lt]=2016-01-01%27%3B%20DROP%20TABLE%20ContentItems--", "Congress.StartDate[lt]")]
    [InlineData("/api/content?type=Congress&Congress.Year%27%20OR%20%271%27%3D%271=1", "Congress.Year' OR '1'='1")]
    [InlineData("/api/content?type=Congress&Congress.Year[gt%27%20OR%201%3D1--]=2015", "Congress.Year[gt' OR 1=1--]")]
    [InlineData("/api/content?type=Congress&Congress.Year[in]=2015", "Congress.Year[in]")]
    [InlineData("/api/content?type=Congress&orderBy=publishedUtc:desc%3B%20DROP%20TABLE%20ContentItems", "orderBy")]
    [InlineData("/api/content?type=Congress%27%20OR%20%271%27%3D%271", "type")]
    [InlineData("/api/content?type=Congress&first=10%20OR%201%3D1", "first")]
    [InlineData("/api/content?type=Congress&skip=0%3B%20DELETE%20FROM%20ContentItems", "skip")]
    [InlineData("/api/content?type=Congress&first=0", "first")]
    [InlineData("/api/content?type=Congress&first=100000", "first")]
    [InlineData("/api/content?type=Congress&skip=-1", "skip")]
    [InlineData("/api/content?status=everything", "status")]
    [InlineData("/api/content?whatever=1", "whatever")]
    [InlineData("/api/content?expand=Gift", "expand")]
    public async Task List_BadInput_Returns400NamingTheParameter(string url, string parameter)
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiJson.ReadObjectAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
    }

    [Fact]
    public async Task List_SqlInjectionInTextFilter_Returns400SayingWhatIsWrong()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Gift&Gift.Organisation=LSA%27%20OR%20%271%27%3D%271");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiJson.ReadObjectAsync(response);
        Assert.Contains("SQL injection", problem["errors"]!["Gift.Organisation"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TextFilterWithOrdinaryApostrophe_IsAccepted()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=Gift&Gift.Organisation=%27s-Hertogenbosch");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await ApiJson.ReadObjectAsync(response))["items"]!.AsArray());
    }

    [Fact]
    public async Task List_DraftStatusAnonymous_Returns401()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=draft");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_LatestStatusWithContributorToken_Returns403()
    {
        using var client = site.Client(await site.TokenAsync("Contributor"));

        using var response = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetByPath_AnniversaryArticle_ReturnsItem()
    {
        var article = RecipeContentItem.Find(RecipeFiles.LpbSite, "BlogPost", "25 jaar LPB: Van wijkgericht werken naar werken in wijken");
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content/by-path/" + article.RoutePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(article.Id, (string?)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]);
    }

    [Fact]
    public async Task GetByPath_UnknownPath_Returns404()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content/by-path/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetSchema_Congress_DescribesYearAsNumber()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/schema/Congress");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = await ApiJson.ReadObjectAsync(response);
        var year = schema["properties"]!["Congress"]!["properties"]!["Year"]!["properties"]!["Value"]!["type"]!.AsArray();
        Assert.Contains("number", year.Select(t => (string?)t));
        Assert.Equal("Congress", (string?)schema["properties"]!["ContentType"]!["const"]);
    }

    [Fact]
    public async Task GetSchema_UnknownType_Returns404()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/schema/Nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
