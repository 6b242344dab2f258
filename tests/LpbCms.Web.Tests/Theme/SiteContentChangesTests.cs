using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Theme;

/// <summary>What visitors see when editors change content: drafts stay invisible, publishing shows at once, feeds follow.</summary>
public sealed class SiteContentChangesTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string Congress2022 = "2mjabq2nh4w1nm4pxvw7qa3xkg";
    private const string Congress2023 = "bmn7qrhxnqq7j162g27dt93y5v";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Get_DraftOfPublishedItem_ShowsPublishedVersionOnly()
    {
        using var client = factory.CreateClient();
        await client.GetStringAsync(new Uri("/congres/lpb-congres-2022", UriKind.Relative), TestContext.Current.CancellationToken);
        await EditAsync(Congress2022, item => SetTheme(item, "Conceptthema dat niemand mag zien"), publish: false);

        var page = await client.GetStringAsync(new Uri("/congres/lpb-congres-2022", UriKind.Relative), TestContext.Current.CancellationToken);
        var overview = await client.GetStringAsync(new Uri("/congres", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Buurten in Eindhoven, Omzien naar elkaar", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Conceptthema", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Conceptthema", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NewDraftBlogPost_IsNowhereOnTheSite()
    {
        using var client = factory.CreateClient();
        var path = await CreateBlogPostAsync("Een geheim concept", publish: false);

        using var response = await client.GetAsync(new Uri("/" + path, UriKind.Relative), TestContext.Current.CancellationToken);
        var blog = await client.GetStringAsync(new Uri("/blog", UriKind.Relative), TestContext.Current.CancellationToken);
        var feed = await client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Een geheim concept", blog, StringComparison.Ordinal);
        Assert.DoesNotContain(path, feed, StringComparison.Ordinal);
        Assert.DoesNotContain(path, sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ChangeToCachedPage_IsVisibleAtOnce()
    {
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(new Uri("/congres/lpb-congres-2023", UriKind.Relative), TestContext.Current.CancellationToken);

        // A change written around the content manager raises no event: the cached page must still be served.
        await WriteAroundContentManagerAsync(Congress2023, item => SetTheme(item, "Thema buiten de cache om"));
        var cached = await client.GetStringAsync(new Uri("/congres/lpb-congres-2023", UriKind.Relative), TestContext.Current.CancellationToken);

        await EditAsync(Congress2023, item => SetTheme(item, "Gepubliceerd thema"), publish: true);
        var after = await client.GetStringAsync(new Uri("/congres/lpb-congres-2023", UriKind.Relative), TestContext.Current.CancellationToken);
        var overview = await client.GetStringAsync(new Uri("/congres", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(before, cached);
        Assert.Contains("Gepubliceerd thema", after, StringComparison.Ordinal);
        Assert.Contains("Gepubliceerd thema", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublish_CachedItem_Returns404AtOnce()
    {
        using var client = factory.CreateClient();
        var path = await CreateBlogPostAsync("Bericht dat weer verdwijnt", publish: true);
        using var visible = await client.GetAsync(new Uri("/" + path, UriKind.Relative), TestContext.Current.CancellationToken);
        var id = await IdOfAsync(path);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager>().UnpublishAsync(id, TestContext.Current.CancellationToken);
        }

        using var gone = await client.GetAsync(new Uri("/" + path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task RenderPreview_Draft_ShowsDraftInSiteLayout()
    {
        var path = await CreateBlogPostAsync("Voorbeeld van een concept", publish: false);
        var id = await IdOfAsync(path);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { Request = { Scheme = "http", Host = new HostString("localhost") } };
        var draft = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionScope.Latest, TestContext.Current.CancellationToken);
        var sut = scope.ServiceProvider.GetRequiredService<IContentPreviewRenderer>();

        var html = await sut.RenderPreviewAsync(draft!, TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Voorbeeld van een concept</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFeed_ListsExactlyThePublishedBlogPosts()
    {
        using var client = factory.CreateClient();
        var published = await PublishedUrlsAsync("BlogPost");

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal("2.0", xml.Root?.Attribute("version")?.Value);
        var links = xml.Descendants("item").Select(i => i.Element("link")!.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(published, links);
        Assert.All(xml.Descendants("item"), item => Assert.NotNull(item.Element("pubDate")));
    }

    [Fact]
    public async Task GetSitemap_ListsExactlyThePublishedRoutedItemsSectionsAndTermPages()
    {
        using var client = factory.CreateClient();
        var expected = await PublishedUrlsAsync();
        expected.UnionWith(["http://localhost/", "http://localhost/blog", "http://localhost/cadeaus", "http://localhost/congres"]);
        expected.UnionWith(["http://localhost/thema/wijkgericht-werken", "http://localhost/thema/preventie", "http://localhost/thema/omgevingswet"]);

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(Sitemap + "urlset", xml.Root?.Name);
        var locations = xml.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Equal(expected, locations.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());
    }

    private static void SetTheme(ContentItem item, string theme) => item.Content["Congress"]!["Theme"] = new JsonObject { ["Text"] = theme };

    private async Task EditAsync(string id, Action<ContentItem> change, bool publish)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.GetForEditAsync(id, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No item {id}.");
        change(item);
        if (publish)
        {
            await manager.PublishAsync(item, TestContext.Current.CancellationToken);
        }
        else
        {
            await manager.SaveDraftAsync(item, TestContext.Current.CancellationToken);
        }
    }

    private async Task WriteAroundContentManagerAsync(string id, Action<ContentItem> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var item = await store.GetAsync(id, VersionScope.Published, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No item {id}.");
        change(item);
        await store.SaveAsync(item, [], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Get_PostWhoseTextDoesNotLinkItsGifts_ListsTheGiftsBelowIt()
    {
        using var client = factory.CreateClient();
        var path = await CreateBlogPostAsync("Bericht met een cadeau", publish: true);
        var postId = await IdOfAsync(path);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var gift = await manager.NewAsync("Gift", TestContext.Current.CancellationToken);
            gift.Content["TitlePart"] = new JsonObject { ["Title"] = "Een los cadeau" };
            gift.Content["Gift"] = new JsonObject
            {
                ["Authors"] = new JsonObject { ["Text"] = "Een auteur" },
                ["Article"] = new JsonObject { ["ContentItemIds"] = new JsonArray(postId) },
            };
            await manager.CreateAsync(gift, publish: true, TestContext.Current.CancellationToken);
        }

        var html = await client.GetStringAsync(new Uri("/" + path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("De cadeaus bij dit artikel", html, StringComparison.Ordinal);
        Assert.Contains("Een los cadeau", html, StringComparison.Ordinal);
    }

    private async Task<string> CreateBlogPostAsync(string title, bool publish)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("BlogPost", TestContext.Current.CancellationToken);
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = "<p>Tekst van het bericht.</p>" };
        await manager.CreateAsync(item, publish, TestContext.Current.CancellationToken);
        return (string?)item.Content["AutoroutePart"]?["Path"] ?? throw new InvalidOperationException("The new post got no path.");
    }

    private async Task<string> IdOfAsync(string path)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IContentStore>()
            .QueryAsync(new ContentQuery { Scope = VersionScope.Latest, Path = path, Take = 1 }, TestContext.Current.CancellationToken);
        return result.Items.Single().ContentItemId;
    }

    private async Task<HashSet<string>> PublishedUrlsAsync(string? contentType = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(
            new ContentQuery { ContentTypes = contentType is null ? [] : [contentType], Take = 1000 },
            TestContext.Current.CancellationToken);
        return result.Items
            .Select(i => (string?)i.Content["AutoroutePart"]?["Path"])
            .OfType<string>()
            .Select(p => "http://localhost/" + p)
            .ToHashSet(StringComparer.Ordinal);
    }
}
