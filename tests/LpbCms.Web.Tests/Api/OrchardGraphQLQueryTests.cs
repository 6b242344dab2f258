using System.Net;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// GraphQL queries written in the shapes of Orchard Core's content query schema (its
/// ContentItemQuery, ContentItemsFieldType and ContentItemWhereInput: list fields per type with
/// where/orderBy/first/skip/status, contentItem(contentItemId:), every where operator, AND/OR/NOT,
/// part-level filters), run unchanged against the LPB site; their answers are checked item by item.
/// </summary>
public sealed class OrchardGraphQLQueryTests(ApiSite site) : IClassFixture<ApiSite>
{
    private const string ArticleId = "ynh0192v1z5zh4sk9x7zvwxd7z";
    private const string AboutPageId = "kns1mwdsk71x6f6r7fg5dd5vh7";
    private const string LsaGiftId = "0av1kamnkghp5mm4tt5esjzx29";
    private const string WijkenGiftId = "0d6bnc3pdgr5ecdwpf9ca41ch8";

    public static TheoryData<string, string[]> DisplayTextQueries => new()
    {
        // String operators on displayText, with orderBy, first and skip.
        { """{ congress(where: { displayText_starts_with: "LPB Congres 20", displayText_not_in: ["LPB Congres 2014"] }, orderBy: { displayText: ASC }, first: 3, skip: 1) { displayText } }""", ["LPB Congres 2017", "LPB Congres 2022", "LPB Congres 2023"] },
        { """{ congress(where: { displayText_ends_with: "5" }, orderBy: { displayText: DESC }) { displayText } }""", ["LPB Congres 2025", "LPB Congres 2015"] },
        { """{ congress(where: { displayText_not_ends_with: "5", displayText_not_starts_with: "LPB Congres 202" }, orderBy: { displayText: ASC }) { displayText } }""", ["LPB Congres 2014", "LPB Congres 2017"] },
        { """{ page(where: { displayText_not_contains: "lpb" }) { displayText } }""", ["Toegankelijkheid"] },
        { """{ page(where: { displayText: "Over het LPB" }) { displayText } }""", ["Over het LPB"] },
        { """{ page(where: { displayText_not: "Over het LPB" }) { displayText } }""", ["Toegankelijkheid"] },
        { """{ page(where: { displayText_in: ["Toegankelijkheid", "Bestaat niet"] }) { displayText } }""", ["Toegankelijkheid"] },

        // Ids.
        { $$"""{ gift(where: { contentItemId_in: ["{{LsaGiftId}}", "{{WijkenGiftId}}"] }, orderBy: { displayText: ASC }) { displayText } }""", ["Van geen wijken weten", "Vijf gelukwensen van het LSA"] },
        { $$"""{ gift(where: { contentItemId: "{{LsaGiftId}}" }) { displayText } }""", ["Vijf gelukwensen van het LSA"] },
        { $$"""{ page(where: { contentItemId_not: "{{AboutPageId}}" }) { displayText } }""", ["Toegankelijkheid"] },
        { $$"""{ page(where: { contentItemId_not_in: ["{{AboutPageId}}"] }) { displayText } }""", ["Toegankelijkheid"] },

        // AND / OR / NOT lists, nested.
        { """{ congress(where: { OR: [{ displayText_ends_with: "2014" }, { displayText_ends_with: "2025" }] }, orderBy: { displayText: DESC }) { displayText } }""", ["LPB Congres 2025", "LPB Congres 2014"] },
        { """{ congress(where: { AND: [{ displayText_contains: "congres" }, { OR: [{ displayText_ends_with: "17" }, { displayText_ends_with: "22" }] }] }, orderBy: { displayText: ASC }) { displayText } }""", ["LPB Congres 2017", "LPB Congres 2022"] },
        { """{ page(where: { NOT: [{ displayText_contains: "lpb" }] }) { displayText } }""", ["Toegankelijkheid"] },
        { """{ congress(where: { NOT: [{ displayText_starts_with: "LPB" }, { displayText_ends_with: "2014" }] }, orderBy: { displayText: ASC }, first: 2) { displayText } }""", ["LPB Congres 2015", "LPB Congres 2017"] },

        // Dates (the gifts are created and published 2019-07-09T10:00:00Z).
        { """{ gift(where: { createdUtc_lt: "2020-01-01T00:00:00Z", publishedUtc_gte: "2019-07-09T10:00:00Z", displayText_contains: "LSA" }) { displayText } }""", ["Vijf gelukwensen van het LSA"] },
        { """{ gift(where: { createdUtc_gt: "2019-07-09T10:00:00Z" }) { displayText } }""", [] },
        { """{ gift(where: { publishedUtc: "2019-07-09T10:00:00Z", publishedUtc_lte: "2019-07-09T10:00:00Z", displayText_starts_with: "20" }) { displayText } }""", ["20 jaar gebiedsgericht werken met SVGW"] },
        { """{ gift(where: { modifiedUtc_gt: "2000-01-01T00:00:00Z", createdUtc_in: ["2019-07-09T10:00:00Z"], displayText_starts_with: "25" }) { displayText } }""", ["25 jaar in de buurt, en wijk"] },

        // Owner and author (the recipe's items are the admin's).
        { """{ page(where: { author: "admin", owner_not: "iemand-anders" }, orderBy: { displayText: ASC }) { displayText } }""", ["Over het LPB", "Toegankelijkheid"] },
        { """{ page(where: { author_not_in: ["admin"] }) { displayText } }""", [] },

        // Autoroute: the part object in where, Orchard's older argument form, and the collapsed path.
        { """{ blogPost(where: { autoroutePart: { path: "blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken" } }) { displayText } }""", ["25 jaar LPB: Van wijkgericht werken naar werken in wijken"] },
        { """{ gift(where: { autoroutePart: { path_starts_with: "cadeaus/v" } }, orderBy: { displayText: ASC }) { displayText } }""", ["Van geen wijken weten", "Vijf gelukwensen van het LSA"] },
        { """{ page(autoroutePart: { path: "over-het-lpb" }) { displayText } }""", ["Over het LPB"] },
        { """{ congress(where: { path_ends_with: "2023" }) { displayText } }""", ["LPB Congres 2023"] },

        // Several orderBy keys: equal creation dates, then the display text descending.
        { """{ gift(orderBy: { createdUtc: ASC, displayText: DESC }, first: 2) { displayText } }""", ["Wijkgericht werken door de jaren heen en een blik vooruit", "Vijf gelukwensen van het LSA"] },
    };

    [Theory]
    [MemberData(nameof(DisplayTextQueries))]
    public async Task Query_OrchardShape_ReturnsTheExpectedItems(string query, string[] expected)
    {
        var data = await RunAsync(query);

        var items = Assert.Single(data).Value!.AsArray();
        Assert.Equal(expected, items.Select(i => (string?)i!["displayText"]));
    }

    [Fact]
    public async Task Query_ContentItemRootField_ReturnsThePublishedItemOfAnyType()
    {
        var data = await RunAsync($$"""
            query { contentItem(contentItemId: "{{ArticleId}}") { contentItemId contentType displayText published ... on BlogPost { path htmlBody { html } } } }
            """);

        var item = data["contentItem"]!;
        Assert.Equal(ArticleId, (string?)item["contentItemId"]);
        Assert.Equal("BlogPost", (string?)item["contentType"]);
        Assert.True((bool)item["published"]!);
        Assert.Equal("blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken", (string?)item["path"]);
        Assert.Contains("<p>", (string?)item["htmlBody"]!["html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ContentItemRootFieldUnknownId_IsNull()
    {
        var data = await RunAsync("""{ contentItem(contentItemId: "bestaatniet0000000000000000") { contentItemId } }""");

        Assert.Null(data["contentItem"]);
    }

    [Fact]
    public async Task Query_VariablesTypedAsInOrchard_Run()
    {
        var body = new JsonObject
        {
            ["query"] = "query Gifts($ids: [ID!], $id: String!, $status: Status) { gift(where: { contentItemId_in: $ids }, status: $status) { contentItemId } contentItem(contentItemId: $id) { displayText } }",
            ["variables"] = new JsonObject { ["ids"] = new JsonArray(LsaGiftId), ["id"] = AboutPageId, ["status"] = "PUBLISHED" },
        };

        var data = await RunAsync(body);

        Assert.Equal(LsaGiftId, (string?)Assert.Single(data["gift"]!.AsArray())!["contentItemId"]);
        Assert.Equal("Over het LPB", (string?)data["contentItem"]!["displayText"]);
    }

    [Fact]
    public async Task Query_StatusAllLatestPublished_SeeEveryVersionTheLatestOrThePublished()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var draft = await ApiJson.PostAsync(editor, "/api/content?draft=true", new JsonObject
        {
            ["ContentItemId"] = AboutPageId,
            ["ContentType"] = "Page",
            ["TitlePart"] = new JsonObject { ["Title"] = "Over het LPB (concept)" },
        });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var where = $$"""where: { contentItemId: "{{AboutPageId}}" }, orderBy: { displayText: ASC }""";

        var data = await RunAsync($$"""
            { all: page({{where}}, status: ALL) { displayText latest published }
              latest: page({{where}}, status: LATEST) { displayText }
              draft: page({{where}}, status: DRAFT) { displayText }
              published: page({{where}}) { displayText } }
            """);

        Assert.Equal(["Over het LPB", "Over het LPB (concept)"], data["all"]!.AsArray().Select(i => (string?)i!["displayText"]));
        Assert.Equal(["Over het LPB (concept)"], data["latest"]!.AsArray().Select(i => (string?)i!["displayText"]));
        Assert.Equal(["Over het LPB (concept)"], data["draft"]!.AsArray().Select(i => (string?)i!["displayText"]));
        Assert.Equal(["Over het LPB"], data["published"]!.AsArray().Select(i => (string?)i!["displayText"]));
    }

    [Fact]
    public async Task Query_CustomFieldWithOrchardStringOperators_Filters()
    {
        var data = await RunAsync("""
            { gift(where: { organisation_in: ["LSA", "Platform31"], organisation_not_starts_with: "P" }) { organisation }
              congress(where: { year_gte: 2022, year_lt: 2025, hostMunicipality_starts_with: "e" }, orderBy: { year: DESC }) { year hostMunicipality } }
            """);

        Assert.Equal(["LSA"], data["gift"]!.AsArray().Select(i => (string?)i!["organisation"]));
        Assert.Equal(["Enschede", "Eindhoven"], data["congress"]!.AsArray().Select(i => (string?)i!["hostMunicipality"]));
    }

    private Task<JsonObject> RunAsync(string query) => RunAsync(new JsonObject { ["query"] = query });

    private async Task<JsonObject> RunAsync(JsonObject request)
    {
        using var client = site.Client(await site.TokenAsync("Editor"));
        using var response = await ApiJson.PostAsync(client, "/api/graphql", request);
        var body = await ApiJson.ReadObjectAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return body["data"]!.AsObject();
    }
}
