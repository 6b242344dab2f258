using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// Exporting types and content as an Orchard recipe from the admin, and importing that recipe into
/// a fresh site without losing anything. Administrators only.
/// </summary>
public sealed class AdminExportTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string TestType = "Exporttest";

    [Fact]
    public async Task Export_TypeAndItems_ImportsIntoFreshSiteLosslessly()
    {
        await DefineTestTypeAsync();
        var custom = await CreateAsync(TestType, "Eigen type", item => item.Content[TestType] = new JsonObject { ["Code"] = new JsonObject { ["Text"] = "X-1" } }, publish: true);
        var gift = await CreateAsync("Page", "Pagina met concept", item => item.Content["OnbekendPart"] = new JsonObject { ["Bewaard"] = new JsonArray(1, "twee", null) }, publish: true);
        await SaveDraftAsync(gift, "Pagina met concept (nieuwe versie)");
        var draft = await CreateAsync("Page", "Alleen concept", _ => { }, publish: false);
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/export", "/admin/export",
        [
            new("DefinitionTypes", TestType),
            new("ContentTypes", TestType),
            new("ItemIds", gift),
            new("ItemIds", draft),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".recipe.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var recipe = JsonNode.Parse(bytes)!.AsObject();
        var steps = recipe["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition", "content"], steps.Select(s => (string?)s!["name"]));
        Assert.Equal([TestType], steps[0]!["ContentTypes"]!.AsArray().Select(t => (string?)t!["Name"]));
        Assert.Contains(steps[0]!["ContentParts"]!.AsArray(), p => (string?)p!["Name"] == TestType);
        Assert.Equal(4, steps[1]!["Data"]!.AsArray().Count);

        await using var fresh = new LpbCmsFactory();
        await fresh.InitializeAsync();
        using var freshAdmin = await AdminBrowser.SignInAsync(fresh, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        using var import = await freshAdmin.PostFileAsync("/admin/recepten", await freshAdmin.GetTokenAsync("/admin/recepten"), "Upload", "export.recipe.json", bytes);
        var importHtml = WebUtility.HtmlDecode(await import.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Het recept 'Export' is uitgevoerd", importHtml, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(await TypeJsonAsync(factory), await TypeJsonAsync(fresh)), "The type definition differs after import.");
        foreach (var id in new[] { custom, gift, draft })
        {
            foreach (var scope in new[] { VersionScope.Latest, VersionScope.Published })
            {
                var original = await ItemJsonAsync(factory, id, scope);
                var imported = await ItemJsonAsync(fresh, id, scope);
                Assert.True(JsonNode.DeepEquals(original, imported), $"{id} ({scope}) differs after import:\n{original?.ToJsonString()}\n{imported?.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task Export_Everything_HoldsEveryTypeAndEveryItem()
    {
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        await using var scope = factory.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(TestContext.Current.CancellationToken);
        var latest = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(new ContentQuery { Scope = VersionScope.Latest, Take = 1 }, TestContext.Current.CancellationToken);

        using var response = await admin.PostFormAsync("/admin/export", "/admin/export", [new("Everything", "true")]);

        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var steps = recipe["steps"]!.AsArray();
        Assert.Equal(document.ContentTypes.Select(t => t.Name).Order(StringComparer.Ordinal), steps[0]!["ContentTypes"]!.AsArray().Select(t => (string)t!["Name"]!).Order(StringComparer.Ordinal));
        var exportedIds = steps[1]!["Data"]!.AsArray().Select(i => (string)i!["ContentItemId"]!).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(latest.TotalCount, exportedIds);
        Assert.True(latest.TotalCount > 0);
    }

    [Fact]
    public async Task Export_NothingChosen_ExplainsInDutch()
    {
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/export", "/admin/export", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies wat u wilt exporteren", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task Export_NonAdministrator_RefusedForGetAndDirectPost(string role)
    {
        var userName = "export-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);

        using var get = await sut.GetAsync("/admin/export");
        using var post = await sut.PostWithTokenAsync("/admin/export", await sut.GetTokenAsync("/admin"), [new("Everything", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", post.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonNode?> TypeJsonAsync(LpbCmsFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(TestContext.Current.CancellationToken);
        return System.Text.Json.JsonSerializer.SerializeToNode(
            new { Type = document.FindType(TestType), Part = document.FindPartDefinition(TestType) },
            ContentDefinitionJson.Options);
    }

    private static async Task<JsonObject?> ItemJsonAsync(LpbCmsFactory site, string id, VersionScope scope)
    {
        await using var services = site.Services.CreateAsyncScope();
        var item = await services.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(id, scope, TestContext.Current.CancellationToken);
        return item is null ? null : ContentItemJson.ToJsonObject(item);
    }

    private async Task DefineTestTypeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().UpdateAsync(
            document =>
            {
                if (document.FindType(TestType) is not null)
                {
                    return;
                }

                document.ContentParts.Add(new ContentPartDefinition
                {
                    Name = TestType,
                    ContentPartFieldDefinitionRecords =
                    [
                        new ContentPartFieldDefinition
                        {
                            FieldName = "TextField",
                            Name = "Code",
                            Settings = new JsonObject
                            {
                                ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Code", ["Position"] = "0" },
                                ["TextFieldSettings"] = new JsonObject { ["Hint"] = "Een code", ["Required"] = true },
                            },
                        },
                    ],
                });
                document.ContentTypes.Add(new ContentTypeDefinition
                {
                    Name = TestType,
                    DisplayName = "Exporttest",
                    Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true } },
                    ContentTypePartDefinitionRecords =
                    [
                        new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart", Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "0" } } },
                        new ContentTypePartDefinition { PartName = TestType, Name = TestType, Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "1" } } },
                    ],
                });
            },
            TestContext.Current.CancellationToken);
    }

    private async Task<string> CreateAsync(string type, string title, Action<ContentItem> fill, bool publish)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync(type, TestContext.Current.CancellationToken);
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Owner = "eigenaar-op-de-oude-site";
        item.Author = "redacteur-op-de-oude-site";
        fill(item);
        await manager.CreateAsync(item, publish, TestContext.Current.CancellationToken);
        return item.ContentItemId;
    }

    private async Task SaveDraftAsync(string id, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = (await manager.GetForEditAsync(id, TestContext.Current.CancellationToken))!;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        await manager.SaveDraftAsync(item, TestContext.Current.CancellationToken);
    }
}
