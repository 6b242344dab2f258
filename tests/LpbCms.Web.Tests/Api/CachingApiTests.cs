using System.Net;
using System.Net.Http.Headers;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>ETag and 304, and cache headers that never let one caller's response reach another.</summary>
public sealed class CachingApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static readonly RecipeContentItem Article = RecipeContentItem.Find(RecipeFiles.LpbSite, "BlogPost", "25 jaar LPB: Van wijkgericht werken naar werken in wijken");

    [Fact]
    public async Task Get_AnonymousPublished_IsPublicAndVariesByAuthorization()
    {
        using var client = site.Client();

        using var response = await ApiJson.GetAsync(client, "/api/content/" + Article.Id);

        Assert.True(response.Headers.CacheControl is { Public: true, Private: false, NoCache: true });
        Assert.Contains("Authorization", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithToken_IsPrivate()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.GetAsync(client, "/api/content/" + Article.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Public: false, Private: true, NoCache: true });
    }

    [Fact]
    public async Task Get_IfNoneMatchCurrentETag_Returns304()
    {
        using var client = site.Client();
        using var first = await ApiJson.GetAsync(client, "/api/content?type=Congress");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content?type=Congress");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_PrivilegedDraftThenAnonymous_AnonymousNeverGetsTheDraftBody()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var latest = await ApiJson.GetAsync(editor, "/api/content?type=BlogPost&status=latest");
        var privilegedETag = latest.Headers.ETag!;
        using var anonymous = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content?type=BlogPost&status=latest");
        request.Headers.IfNoneMatch.Add(privilegedETag);

        using var response = await anonymous.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(latest.Headers.CacheControl is { Public: false, Private: true });
    }

    [Fact]
    public async Task Get_AnonymousAfterPrivilegedPublishedRead_GetsItsOwnPublicResponse()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var privileged = await ApiJson.GetAsync(editor, "/api/content/" + Article.Id + "?status=latest");
        using var anonymous = site.Client();

        using var response = await ApiJson.GetAsync(anonymous, "/api/content/" + Article.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Public: true, Private: false, NoCache: true });
        Assert.True(privileged.Headers.CacheControl is { Public: false, Private: true });
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }
}
