using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Data;
using LpbCms.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Taxonomies;

/// <summary>
/// TaxonomyField and MultiTextField end to end through the real host: the LPB recipe's "Thema"
/// taxonomy and tag, the field index, REST filters, GraphQL <c>where</c>, JSON Schema and validation.
/// </summary>
public sealed class TaxonomyRecipeAndApiTests(TaxonomySite site) : IClassFixture<TaxonomySite>
{
    private static JsonObject Query(string query) => new() { ["query"] = query };

    [Fact]
    public async Task Recipe_CreatesThemaTaxonomyWithTermsAndTagsTheArticle()
    {
        var taxonomy = await site.GetAsync(TaxonomySite.TaxonomyId);
        var article = await site.GetAsync(TaxonomySite.ArticleId);

        Assert.NotNull(taxonomy);
        Assert.Equal("Taxonomy", taxonomy.ContentType);
        Assert.Equal("Thema", taxonomy.DisplayText);
        var terms = taxonomy.Content["TaxonomyPart"]!["Terms"]!.AsArray();
        Assert.Equal(["wijkgericht werken", "preventie", "omgevingswet"], terms.Select(t => (string?)t!["DisplayText"]));
        Assert.All(terms, t => Assert.Equal("Thema", (string?)t!["ContentType"]));
        Assert.All(terms, t => Assert.Equal(TaxonomySite.TaxonomyId, (string?)t!["TermPart"]!["TaxonomyContentItemId"]));
        var themas = article!.Content["BlogPost"]!["Themas"]!;
        Assert.Equal([TaxonomySite.WijkgerichtWerken], themas["TermContentItemIds"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(TaxonomySite.TaxonomyId, (string?)themas["TaxonomyContentItemId"]);
    }

    [Fact]
    public async Task Import_FieldWithoutTaxonomyId_GetsItFromTheSettings()
    {
        var gift = await site.GetAsync(TaxonomySite.TestGiftId);

        Assert.Equal(TaxonomySite.TaxonomyId, (string?)gift!.Content["Gift"]!["Themas"]!["TaxonomyContentItemId"]);
        Assert.Equal(["bewoners", "professionals"], gift.Content["Gift"]!["Doelgroepen"]!["Values"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task FieldIndex_HoldsOneRowPerTermAndPerValue()
    {
        await using var scope = site.Api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LpbDbContext>();

        var rows = await (
            from row in db.ContentFieldIndex
            join item in db.ContentItems on row.DocumentId equals item.DocumentId
            where item.Published && (item.ContentItemId == TaxonomySite.ArticleId || item.ContentItemId == TaxonomySite.TestGiftId)
                && (row.FieldName == "Themas" || row.FieldName == "Doelgroepen")
            select new { item.ContentItemId, row.FieldName, row.TextValue }).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [$"{TaxonomySite.TestGiftId} Doelgroepen bewoners", $"{TaxonomySite.TestGiftId} Doelgroepen professionals",
                $"{TaxonomySite.TestGiftId} Themas {TaxonomySite.Preventie}", $"{TaxonomySite.ArticleId} Themas {TaxonomySite.WijkgerichtWerken}"],
            rows.Select(r => $"{r.ContentItemId} {r.FieldName} {r.TextValue}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/content?type=BlogPost&BlogPost.Themas=" + TaxonomySite.WijkgerichtWerken, TaxonomySite.ArticleId)]
    [InlineData("/api/content?type=BlogPost&BlogPost.Themas=" + TaxonomySite.Preventie, null)]
    [InlineData("/api/content?type=Gift&Gift.Themas=" + TaxonomySite.Preventie, TaxonomySite.TestGiftId)]
    [InlineData("/api/content?type=Gift&Gift.Doelgroepen=bewoners", TaxonomySite.TestGiftId)]
    [InlineData("/api/content?type=Gift&Gift.Doelgroepen=gemeenten", null)]
    public async Task List_FilterByTermOrValue_ReturnsTheTaggedItemsOnly(string url, string? expectedId)
    {
        using var client = site.Api.Client();

        using var response = await ApiJson.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await ApiJson.ReadObjectAsync(response))["items"]!.AsArray().Select(i => (string?)i!["ContentItemId"]).ToList();
        Assert.Equal(expectedId is null ? [] : [expectedId], ids);
    }

    [Fact]
    public async Task GraphQL_WhereByTermAndByValue_FiltersAndShowsTheFields()
    {
        using var client = site.Api.Client(await site.Api.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/graphql", Query(
            "{ blogPost(where: { themas: \"" + TaxonomySite.WijkgerichtWerken + "\" }) { contentItemId themas { taxonomyContentItemId termContentItemIds } } "
            + "gift(where: { doelgroepen: \"bewoners\" }) { contentItemId doelgroepen } "
            + "other: gift(where: { themas: \"" + TaxonomySite.Omgevingswet + "\" }) { contentItemId } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Null(body["errors"]);
        var post = Assert.Single(body["data"]!["blogPost"]!.AsArray());
        Assert.Equal(TaxonomySite.ArticleId, (string?)post!["contentItemId"]);
        Assert.Equal(TaxonomySite.TaxonomyId, (string?)post["themas"]!["taxonomyContentItemId"]);
        Assert.Equal([TaxonomySite.WijkgerichtWerken], post["themas"]!["termContentItemIds"]!.AsArray().Select(v => (string?)v));
        var gift = Assert.Single(body["data"]!["gift"]!.AsArray());
        Assert.Equal(["bewoners", "professionals"], gift!["doelgroepen"]!.AsArray().Select(v => (string?)v));
        Assert.Empty(body["data"]!["other"]!.AsArray());
    }

    [Fact]
    public async Task Schema_DescribesBothFieldsAndTheTaxonomyPart()
    {
        using var client = site.Api.Client(await site.Api.TokenAsync("Editor"));

        var gift = await SchemaAsync(client, "Gift");
        var taxonomy = await SchemaAsync(client, "Taxonomy");

        var giftFields = gift["properties"]!["Gift"]!["properties"]!;
        Assert.Equal("array", (string?)giftFields["Doelgroepen"]!["properties"]!["Values"]!["type"]);
        Assert.Equal("string", (string?)giftFields["Doelgroepen"]!["properties"]!["Values"]!["items"]!["type"]);
        Assert.Equal("array", (string?)giftFields["Themas"]!["properties"]!["TermContentItemIds"]!["type"]);
        Assert.NotNull(giftFields["Themas"]!["properties"]!["TaxonomyContentItemId"]);
        var terms = taxonomy["properties"]!["TaxonomyPart"]!["properties"]!["Terms"]!;
        Assert.Equal("array", (string?)terms["type"]);
        Assert.Equal("object", (string?)terms["items"]!["type"]);
    }

    [Theory]
    [InlineData("""{ "Themas": { "TermContentItemIds": ["bestaat-niet"] } }""", "Gift.Themas.TermContentItemIds[0]", "is geen term van de taxonomie 'Thema'")]
    [InlineData("""{ "Themas": { "TermContentItemIds": "preventie" } }""", "Gift.Themas.TermContentItemIds", "Verwacht een lijst met teksten")]
    [InlineData("""{ "Doelgroepen": { "Values": ["kinderen"] } }""", "Gift.Doelgroepen.Values[0]", "\\\"kinderen\\\" is geen van de keuzes van dit veld")]
    [InlineData("""{ "Doelgroepen": { "Values": "x" } }""", "Gift.Doelgroepen.Values", "Verwacht een lijst met teksten, maar kreeg tekst")]
    public async Task Post_BadTermOrValue_Returns400NamingTheFieldAndStoresNothing(string fields, string path, string message)
    {
        using var editor = site.Api.Client(await site.Api.TokenAsync("Editor"));
        var gift = JsonNode.Parse(fields)!.AsObject();
        gift["Authors"] = new JsonObject { ["Text"] = "Test" };
        var body = new JsonObject { ["ContentType"] = "Gift", ["TitlePart"] = new JsonObject { ["Title"] = "Ongeldig cadeau" }, ["Gift"] = gift };

        using var response = await ApiJson.PostAsync(editor, "/api/content", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(path, text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
        using var list = await ApiJson.GetAsync(editor, "/api/content?type=Gift&status=latest&displayText=Ongeldig");
        Assert.Empty((await ApiJson.ReadObjectAsync(list))["items"]!.AsArray());
    }

    [Fact]
    public async Task OptionsSource_ListsTheTermsOfTheStoredTaxonomy()
    {
        await using var scope = site.Api.Factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IContentCatalog>();
        var source = (IContentFieldOptionsSource)scope.ServiceProvider.GetRequiredService(catalog.FindField("TaxonomyField")!.OptionsSourceType!);

        var options = await source.GetOptionsAsync(new JsonObject { ["TaxonomyContentItemId"] = TaxonomySite.TaxonomyId }, TestContext.Current.CancellationToken);
        var none = await source.GetOptionsAsync(new JsonObject { ["TaxonomyContentItemId"] = "bestaat-niet" }, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new ContentFieldOption(TaxonomySite.WijkgerichtWerken, "wijkgericht werken"), new ContentFieldOption(TaxonomySite.Preventie, "preventie"), new ContentFieldOption(TaxonomySite.Omgevingswet, "omgevingswet")],
            options);
        Assert.Empty(none);
    }

    private static async Task<JsonObject> SchemaAsync(HttpClient client, string type)
    {
        using var response = await ApiJson.GetAsync(client, "/api/schema/" + type);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ApiJson.ReadObjectAsync(response);
    }
}
