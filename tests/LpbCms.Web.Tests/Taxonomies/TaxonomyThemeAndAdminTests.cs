using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Admin;
using LpbCms.Web.Tests.Api;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Taxonomies;

/// <summary>The "Thema" taxonomy on the public site (term links, term pages, sitemap, cache eviction) and both new fields in the admin's editor.</summary>
public sealed class TaxonomyThemeAndAdminTests(TaxonomySite site) : IClassFixture<TaxonomySite>
{
    private const string ArticlePath = "/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken";

    [Fact]
    public async Task Article_LinksItsThemeOnly()
    {
        var html = await GetPageAsync(ArticlePath);

        var themes = html[html.IndexOf("<nav class=\"themes\"", StringComparison.Ordinal)..];
        themes = themes[..(themes.IndexOf("</nav>", StringComparison.Ordinal) + 6)];
        Assert.Contains("<h2 id=\"themas-bij-item\">Thema's</h2>", themes, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/thema/wijkgericht-werken\">wijkgericht werken</a>", themes, StringComparison.Ordinal);
        Assert.DoesNotContain("/thema/preventie", themes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TermPage_ListsThePublishedItemsTaggedWithIt()
    {
        var wijkgericht = await GetPageAsync("/thema/wijkgericht-werken");
        var preventie = await GetPageAsync("/thema/preventie");
        var omgevingswet = await GetPageAsync("/thema/omgevingswet");

        Assert.Contains("<h1>wijkgericht werken</h1>", wijkgericht, StringComparison.Ordinal);
        Assert.Contains("<title>Thema: wijkgericht werken", wijkgericht, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ArticlePath}\"", wijkgericht, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/thema\">Thema</a>", wijkgericht, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(wijkgericht, "<h1[ >]", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Contains(TaxonomySite.TestGiftTitle, preventie, StringComparison.Ordinal);
        Assert.DoesNotContain(ArticlePath, preventie, StringComparison.Ordinal);
        Assert.Contains("Er is nog niets over dit thema gepubliceerd.", omgevingswet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaxonomyPage_LinksEveryTerm()
    {
        var html = await GetPageAsync("/thema");

        Assert.Contains("<h1>Thema</h1>", html, StringComparison.Ordinal);
        foreach (var (path, title) in new[] { ("wijkgericht-werken", "wijkgericht werken"), ("preventie", "preventie"), ("omgevingswet", "omgevingswet") })
        {
            Assert.Contains($"<a href=\"/thema/{path}\">{title}</a>", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/thema/bestaat-niet")]
    [InlineData("/thema/wijkgericht-werken/meer")]
    [InlineData("/blog/preventie")]
    public async Task UnknownTerm_Returns404DutchPage(string path)
    {
        using var client = site.Api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Pagina niet gevonden</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsTheTaxonomyAndEveryTermPage()
    {
        using var client = site.Api.Factory.CreateClient();

        var xml = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var path in new[] { "/thema", "/thema/wijkgericht-werken", "/thema/preventie", "/thema/omgevingswet" })
        {
            Assert.Contains($"<loc>http://localhost{path}</loc>", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TermPage_IsCachedAndEvictedWhenATaggedItemIsPublished()
    {
        using var anonymous = site.Api.Factory.CreateClient();
        var before = await anonymous.GetStringAsync(new Uri("/thema/omgevingswet", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Bericht over de Omgevingswet", before, StringComparison.Ordinal);
        using var second = await anonymous.GetAsync(new Uri("/thema/omgevingswet", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(second.Headers.Age is not null, "The second view of a term page is served from the output cache.");

        using var editor = site.Api.Client(await site.Api.TokenAsync("Editor"));
        var post = new JsonObject
        {
            ["ContentType"] = "BlogPost",
            ["TitlePart"] = new JsonObject { ["Title"] = "Bericht over de Omgevingswet" },
            ["BlogPost"] = new JsonObject { ["Themas"] = new JsonObject { ["TermContentItemIds"] = new JsonArray(TaxonomySite.Omgevingswet) } },
        };
        using var created = await ApiJson.PostAsync(editor, "/api/content", post);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (string?)(await ApiJson.ReadObjectAsync(created))["ContentItemId"];
        try
        {
            var after = await anonymous.GetStringAsync(new Uri("/thema/omgevingswet", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("Bericht over de Omgevingswet", after, StringComparison.Ordinal);
        }
        finally
        {
            // The shared site's "omgevingswet" term stays untagged for the other tests of this class.
            using var deleted = await editor.DeleteAsync(new Uri($"/api/content/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }
    }

    [Fact]
    public async Task AdminEditor_ShowsCheckBoxesOfTermsAndOptions_AndReadsThemBack()
    {
        using var admin = await AdminBrowser.SignInAsync(site.Api.Factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        var form = await admin.GetHtmlAsync($"/admin/inhoud/{TaxonomySite.TestGiftId}");

        Assert.Contains("<legend>Thema&#x27;s</legend>", form, StringComparison.Ordinal);
        Assert.Matches($"<input type=\"checkbox\" id=\"[^\"]+\" name=\"c:Gift.Themas.TermContentItemIds\" value=\"{TaxonomySite.Preventie}\" checked=\"checked\">", form);
        Assert.Matches($"<input type=\"checkbox\" id=\"[^\"]+\" name=\"c:Gift.Themas.TermContentItemIds\" value=\"{TaxonomySite.Omgevingswet}\">", form);
        Assert.Contains(">wijkgericht werken</label>", form, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"[^\"]+\" name=\"c:Gift.Doelgroepen.Values\" value=\"bewoners\" checked=\"checked\">", form);
        Assert.Contains(">Gemeenten</label>", form, StringComparison.Ordinal);

        using var response = await admin.PostWithTokenAsync($"/admin/inhoud/{TaxonomySite.TestGiftId}", AdminBrowser.TokenOf(form),
        [
            new("c:TitlePart.Title", TaxonomySite.TestGiftTitle), new("c:AutoroutePart.Path", "cadeaus/cadeau-over-preventie"), new("c:HtmlBodyPart.Html", ""),
            new("c:Gift.Authors.Text", "Test Auteur"),
            new("c:Gift.Themas.TermContentItemIds", TaxonomySite.Preventie), new("c:Gift.Themas.TermContentItemIds", TaxonomySite.Omgevingswet),
            new("c:Gift.Doelgroepen.Values", "gemeenten"),
            new("BaseVersionId", AdminBrowser.HiddenValue(form, "BaseVersionId")), new("BaseRevision", AdminBrowser.HiddenValue(form, "BaseRevision")),
            new("Action", "opslaan"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await site.GetAsync(TaxonomySite.TestGiftId, VersionScope.Latest))!.Content["Gift"]!;
        Assert.Equal([TaxonomySite.Preventie, TaxonomySite.Omgevingswet], saved["Themas"]!["TermContentItemIds"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(TaxonomySite.TaxonomyId, (string?)saved["Themas"]!["TaxonomyContentItemId"]);
        Assert.Equal(["gemeenten"], saved["Doelgroepen"]!["Values"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task AdminEditor_NewItem_HasTheDefaultOptionChecked()
    {
        using var admin = await AdminBrowser.SignInAsync(site.Api.Factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var form = await admin.GetHtmlAsync("/admin/inhoud/nieuw/Gift");

        Assert.Matches("<input type=\"checkbox\" id=\"[^\"]+\" name=\"c:Gift.Doelgroepen.Values\" value=\"bewoners\" checked=\"checked\">", form);
        Assert.Matches("<input type=\"checkbox\" id=\"[^\"]+\" name=\"c:Gift.Doelgroepen.Values\" value=\"gemeenten\">", form);
        Assert.DoesNotMatch("name=\"c:Gift.Themas.TermContentItemIds\" value=\"[^\"]+\" checked", form);
    }

    [Fact]
    public async Task AdminEditor_PostedTermOfAnotherTaxonomy_ShowsTheDutchErrorAndStoresNothing()
    {
        using var admin = await AdminBrowser.SignInAsync(site.Api.Factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        var form = await admin.GetHtmlAsync("/admin/inhoud/nieuw/Gift");

        using var response = await admin.PostWithTokenAsync("/admin/inhoud/nieuw/Gift", AdminBrowser.TokenOf(form),
        [
            new("c:TitlePart.Title", "Cadeau met vreemde term"), new("c:AutoroutePart.Path", ""), new("c:Gift.Authors.Text", "Test Auteur"),
            new("c:Gift.Themas.TermContentItemIds", "term-van-elders"), new("Action", "opslaan"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Het item is niet opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("is geen term van de taxonomie", html, StringComparison.Ordinal);
    }

    private async Task<string> GetPageAsync(string path)
    {
        using var client = site.Api.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
