using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Theme;

/// <summary>The seeded LPB site as an anonymous visitor sees it: every page type, in Dutch, from the theme's templates.</summary>
public sealed class SitePagesTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    public static TheoryData<string, string[]> Pages => new()
    {
        { "/", ["<html lang=\"nl\">", "Landelijk Platform voor Buurt- en wijkgericht werken", "Uitgelicht", "25 jaar LPB: Van wijkgericht werken naar werken in wijken", "LPB Congres 2025", "Direct naar de inhoud"] },
        { "/blog", ["<h1>Blog</h1>", "25 jaar LPB: Van wijkgericht werken naar werken in wijken", "9 juli 2019"] },
        {
            "/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken",
            ["Geplaatst op <time datetime=\"2019-07-09\">9 juli 2019</time> door Webredactie", "Geschreven door <strong>Willem Stam</strong>, Voorzitter LPB",
                "<h2>Onze cadeaus</h2>", "href=\"/cadeaus/vijf-gelukwensen-van-het-lsa\"", "Merlijn van Hulst", "(Tilburg University)"]
        },
        { "/cadeaus", ["<h1>Cadeaus</h1>", "Vijf gelukwensen van het LSA", "Thijs van Mierlo", "(School voor gebiedsgericht werken)"] },
        {
            "/cadeaus/van-geen-wijken-weten",
            ["<h1>Van geen wijken weten</h1>", "Carla Kolner en Ard Sprinkhuizen", "Kenniscentrum Sociale Innovatie Hogeschool Utrecht",
                "De tekst van dit cadeau staat nog niet op deze website.", "href=\"/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken\""]
        },
        { "/congres", ["<h1>Het LPB Congres</h1>", "Groningen", "19 tot en met 21 november 2014", "Leve de Mienskip!", "Enschede"] },
        { "/congres/lpb-congres-2015", ["<h1>LPB Congres 2015</h1>", "Tilburg", "18 tot en met 20 november 2015", "Oplaadpunt Tilburg (thema: Energie)", "href=\"http://lpb.nl/congres-2015/thema/\""] },
        { "/toegankelijkheid", ["<h1>Toegankelijkheid</h1>", "EN 301 549", "axe-core"] },
        { "/over-het-lpb", ["<h1>Over het LPB</h1>", "Deventer, Dordrecht, Breda en Utrecht"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_SitePage_Returns200WithDutchContent(string path, string[] expected)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var text in expected)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost" + (path == "/" ? "/" : path) + "\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/blog/bestaat-niet")]
    [InlineData("/blog?pagina=99")]
    [InlineData("/plaatje.png")]
    public async Task Get_UnknownPath_Returns404DutchPage(string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<h1>Pagina niet gevonden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">de homepage</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Returns304()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/congres", UriKind.Relative), TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/congres", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Get_AcceptingBrotli_ReturnsCompressedHtml()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_Stylesheet_IsVersionedAndCachedForAYear()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var href = Regex.Match(html, "href=\"(?<href>/theme/site\\.css\\?v=[0-9a-f]+)\"", RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1)).Groups["href"].Value;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("@media print", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RobotsTxt_PointsToSitemap()
    {
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnniversaryArticle_ListsEachGiftOnceBecauseItsTextLinksThemAll()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Single(Regex.Matches(html, Regex.Escape("href=\"/cadeaus/van-geen-wijken-weten\""), RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.DoesNotContain("De cadeaus bij dit artikel", html, StringComparison.Ordinal);
    }
}
