using System.Net;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>The output cache's limits come from configuration: a response larger than the per-response limit is served but never kept.</summary>
public sealed class OutputCacheLimitsTests : IAsyncLifetime
{
    private const string ArticleUrl = "/api/content/ynh0192v1z5zh4sk9x7zvwxd7z";

    private readonly LpbCmsFactory _factory = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["LpbCms:OutputCache:MaximumBodySize"] = "2048",
    });

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Get_ResponseLargerThanTheConfiguredLimit_IsServedButNotKept()
    {
        using var client = _factory.CreateClient();

        using var first = await client.GetAsync(new Uri(ArticleUrl, UriKind.Relative), TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(new Uri(ArticleUrl, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(body.Length > 2048, $"The article is {body.Length} bytes; the test needs one above the limit.");
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task Get_SmallResponse_IsStillKept()
    {
        using var client = _factory.CreateClient();
        const string Url = "/api/content?type=Gift&first=1&skip=0";

        using var first = await client.GetAsync(new Uri(Url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(new Uri(Url, UriKind.Relative), TestContext.Current.CancellationToken);
        var length = (await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        Assert.True(length <= 2048, $"The list is {length} bytes; the test needs one below the limit.");
        Assert.NotNull(second.Headers.Age);
    }
}
