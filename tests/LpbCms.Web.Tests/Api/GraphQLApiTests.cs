using System.Net;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Api;

/// <summary>/api/graphql: Orchard's schema conventions, where on custom fields, pickers, drafts, limits and permissions.</summary>
public sealed class GraphQLApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static JsonObject Query(string query) => new() { ["query"] = query };

    [Fact]
    public async Task Query_GiftsWithArticle_ResolvesPickerAndFlattensOwnFields()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query(
            "{ gift(orderBy: { position: ASC }) { displayText organisation path htmlBody { html } article { contentItemIds contentItems { contentItemId ... on BlogPost { displayText path } } } } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Null(body["errors"]);
        var gifts = body["data"]!["gift"]!.AsArray();
        Assert.Equal(5, gifts.Count);
        Assert.Equal("LSA", (string?)gifts[0]!["organisation"]);
        foreach (var gift in gifts)
        {
            var article = Assert.Single(gift!["article"]!["contentItems"]!.AsArray());
            Assert.StartsWith("25 jaar LPB", (string?)article!["displayText"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Query_WhereOnCustomNumericField_FiltersInDatabase()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ congress(where: { year_gt: 2015 }, orderBy: { year: ASC }, first: 10) { year hostMunicipality } }"));

        var body = await ApiJson.ReadObjectAsync(response);
        var years = body["data"]!["congress"]!.AsArray().Select(c => (int)(decimal)c!["year"]!).ToList();
        Assert.Equal([2017, 2022, 2023, 2025], years);
    }

    [Fact]
    public async Task Query_OrchardDocumentationShape_Runs()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query(
            "query { blogPost(first: 5, skip: 0, orderBy: { publishedUtc: DESC }, status: PUBLISHED) { contentItemId displayText contentType published latest createdUtc modifiedUtc publishedUtc owner author path htmlBody { html } } }"));

        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Null(body["errors"]);
        Assert.Single(body["data"]!["blogPost"]!.AsArray());
    }

    [Fact]
    public async Task Query_Anonymous_IsRefused()
    {
        using var client = site.Client();

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ gift { displayText } }"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Query_ContributorTokenWithoutExecuteGraphQL_Returns403()
    {
        using var client = site.Client(await site.TokenAsync("Contributor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ gift(status: DRAFT) { displayText } }"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Query_DraftsWithEditorToken_IncludesUnpublishedVersions()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ gift(status: LATEST, first: 100) { displayText latest } }"));

        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Null(body["errors"]);
        Assert.All(body["data"]!["gift"]!.AsArray(), g => Assert.True((bool)g!["latest"]!));
    }

    [Theory]
    [InlineData("{ gift { displayText ")]
    [InlineData("{ gift { noSuchField } }")]
    [InlineData("{ gift { article { contentItems { ... on Gift { article { contentItems { ... on Gift { article { contentItems { ... on Gift { article { contentItems { ... on Gift { article { contentItems { contentItemId } } } } } } } } } } } } } } } }")]
    public async Task Query_InvalidOrTooDeep_Returns400ProblemDetails(string query)
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty((await ApiJson.ReadObjectAsync(response))["errors"]!.AsArray());
    }

    [Fact]
    public async Task Query_SqlInjectionInWhereValue_IsRefusedWithAnError()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ gift(where: { organisation: \"LSA' OR '1'='1\" }) { displayText } }"));

        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Contains("SQL injection", body["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(body["data"]?["gift"] is null, body.ToJsonString());
    }

    [Fact]
    public async Task Query_MalformedJson_Returns400()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostRawAsync(client, "/api/graphql", "{\"query\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Query_FirstAboveLimit_ReportsError()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query("{ gift(first: 100000) { displayText } }"));

        var body = await ApiJson.ReadObjectAsync(response);
        Assert.NotNull(body["errors"]);
    }
}
