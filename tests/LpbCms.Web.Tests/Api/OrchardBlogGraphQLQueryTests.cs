using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>Orchard-shaped GraphQL queries against a site set up with Orchard Core's stock blog recipe.</summary>
public sealed class OrchardBlogGraphQLQueryTests(OrchardBlogApiSite site) : IClassFixture<OrchardBlogApiSite>
{
    [Fact]
    public async Task Query_BlogPostsAsInOrchardsDocs_ReturnTheRecipesPost()
    {
        var data = await RunAsync("""
            query {
              blog { displayText }
              blogPost(where: { displayText_contains: "explore", publishedUtc_lte: "2100-01-01T00:00:00Z" }, orderBy: { publishedUtc: DESC }, first: 10, skip: 0, status: PUBLISHED) {
                contentItemId displayText subtitle path published
              }
            }
            """);

        Assert.Equal("Blog", (string?)Assert.Single(data["blog"]!.AsArray())!["displayText"]);
        var post = Assert.Single(data["blogPost"]!.AsArray())!;
        Assert.Equal(OrchardBlogAssertions.PostTitle, (string?)post["displayText"]);
        Assert.Equal("Problems look mighty small from 150 miles up", (string?)post["subtitle"]);
        Assert.Equal("blog/post-1", (string?)post["path"]);
    }

    [Fact]
    public async Task Query_ContentItemAndPartLevelWhere_FindThePostByIdAndPath()
    {
        var id = await OrchardBlogAssertions.FindBlogPostIdAsync(site.Factory);

        var data = await RunAsync($$"""
            {
              byId: contentItem(contentItemId: "{{id}}") { contentType ... on BlogPost { markdownBody { markdown } } }
              byPath: blogPost(where: { autoroutePart: { path: "blog/post-1" } }) { contentItemId }
              byArgument: blogPost(autoroutePart: { path: "blog/post-1" }) { contentItemId }
              none: blogPost(where: { OR: [{ autoroutePart: { path: "blog/post-2" } }, { contentItemId_not_in: ["{{id}}"] }] }) { contentItemId }
            }
            """);

        Assert.Equal("BlogPost", (string?)data["byId"]!["contentType"]);
        Assert.StartsWith("Never in all their history", (string?)data["byId"]!["markdownBody"]!["markdown"], StringComparison.Ordinal);
        Assert.Equal(id, (string?)Assert.Single(data["byPath"]!.AsArray())!["contentItemId"]);
        Assert.Equal(id, (string?)Assert.Single(data["byArgument"]!.AsArray())!["contentItemId"]);
        Assert.Empty(data["none"]!.AsArray());
    }

    private async Task<JsonObject> RunAsync(string query)
    {
        using var client = site.Client(await site.TokenAsync("Administrator"));
        using var response = await ApiJson.PostAsync(client, "/api/graphql", new JsonObject { ["query"] = query });
        var body = await ApiJson.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return body["data"]!.AsObject();
    }
}
