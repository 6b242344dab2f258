using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests;

/// <summary>The seeded LPB site: the anniversary article from recipes/lpb-site.recipe.json, by id and by path.</summary>
public sealed class AnniversaryArticleTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string Title = "25 jaar LPB: Van wijkgericht werken naar werken in wijken";

    private static readonly RecipeContentItem Article = RecipeContentItem.Find(RecipeFiles.LpbSite, "BlogPost", Title);

    [Fact]
    public async Task GetContent_AnniversaryArticleId_ReturnsOrchardJson()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/content/{Article.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal("ContentItemId", json.First().Key);
        Assert.Equal(Article.Id, (string?)json["ContentItemId"]);
        Assert.Equal("BlogPost", (string?)json["ContentType"]);
        Assert.Equal(Title, (string?)json["TitlePart"]?["Title"]);
        Assert.Equal(Title, (string?)json["DisplayText"]);
        Assert.True((bool?)json["Published"]);
        Assert.Equal(Article.RoutePath, (string?)json["AutoroutePart"]?["Path"]);
    }

    [Fact]
    public async Task GetPath_AnniversaryArticle_ServesHtmlWithTitle()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/" + Article.RoutePath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(Title, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetContent_UnknownId_Returns404ProblemDetails()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/content/0000000000000000000000000z", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(404, (int?)problem["status"]);
    }
}
