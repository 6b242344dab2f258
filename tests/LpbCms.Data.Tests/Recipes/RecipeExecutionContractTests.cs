using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Recipes;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Recipes;

/// <summary>Recipes against a real database: one transaction per recipe, idempotent re-runs, located errors.</summary>
public abstract class RecipeExecutionContractTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExecuteAsync_ThirdStepBroken_LeavesNoRows()
    {
        await using var services = await CreateServicesAsync();
        var recipe = TestRecipes.Recipe("broken-third", TestRecipes.DefinitionStep, TestRecipes.ContentStep, TestRecipes.ContentItem("Unknown", "Kapot"), TestRecipes.SettingsStep);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, recipe));

        Assert.Equal(("broken-third", 2, "content"), (error.RecipeName, error.StepIndex, error.StepName));
        await AssertNothingStoredAsync(services);
    }

    [Fact]
    public async Task ExecuteAsync_FailingExpressionInThirdStep_LeavesNoRows()
    {
        await using var services = await CreateServicesAsync();
        var broken = """{ "name": "settings", "SiteName": "[js: nope()]" }""";
        var recipe = TestRecipes.Recipe("broken-js", TestRecipes.DefinitionStep, TestRecipes.ContentStep, broken);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, recipe));

        Assert.Equal((2, "settings", "$.steps[2].SiteName"), (error.StepIndex, error.StepName, error.JsonPath));
        await AssertNothingStoredAsync(services);
    }

    [Fact]
    public async Task ExecuteAsync_RerunWithFixedIds_ChangesNothing()
    {
        await using var services = await CreateServicesAsync();
        var recipe = TestRecipes.Recipe("fixed", TestRecipes.DefinitionStep, TestRecipes.ContentStep, TestRecipes.SettingsStep);
        await RunAsync(services, recipe);
        var before = await SnapshotAsync(services);

        await RunAsync(services, recipe);
        var after = await SnapshotAsync(services);

        Assert.Equal(before, after);
        Assert.Equal(1, before.PageVersions);
    }

    [Fact]
    public async Task ExecuteAsync_ContentStep_ImportsItemsWithNormalizedMetadata()
    {
        await using var services = await CreateServicesAsync();

        await RunAsync(services, TestRecipes.Recipe("content", TestRecipes.DefinitionStep, TestRecipes.ContentStep));

        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var page = await store.GetAsync(TestRecipes.PageId, VersionScope.Published, Ct);
        var notice = await store.GetAsync(TestRecipes.NoticeId, VersionScope.Latest, Ct);
        Assert.Equal("Wie wij zijn", page?.Content["Page"]?["Subtitle"]?["Text"]?.GetValue<string>());
        Assert.Equal(("Mededeling", false), (notice?.DisplayText, notice?.Published));
        Assert.False(notice!.Content.ContainsKey("Displaytext"));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownContentType_IsLocatedAtTheItem()
    {
        await using var services = await CreateServicesAsync();
        var recipe = TestRecipes.Recipe("unknown-type", TestRecipes.DefinitionStep, TestRecipes.ContentItem("Page", "Goed"), TestRecipes.ContentItem("Onbekend", "Fout"));

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, recipe));

        Assert.Equal("$.steps[2].Data[0].ContentType", error.JsonPath);
        Assert.Contains("'Onbekend' is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownSteps_AreSkippedWithAWarningAndTheRestIsStored()
    {
        await using var services = await CreateServicesAsync();
        var recipe = TestRecipes.Recipe("skips", TestRecipes.DefinitionStep, """{ "name": "layers", "Layers": [] }""", """{ "name": "AdminMenu", "data": [] }""", TestRecipes.ContentStep);

        var result = await RunAsync(services, recipe);

        Assert.Equal(["layers", "AdminMenu"], result.SkippedSteps, StringComparer.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("step 1 ('layers') was skipped", StringComparison.Ordinal));
        Assert.Equal(2, result.StepsExecuted);
        await using var scope = services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(TestRecipes.PageId, VersionScope.Published, Ct));
    }

    [Fact]
    public async Task ExecuteAsync_ContentDefinitionOverExisting_MergesSettingsAndRecords()
    {
        await using var services = await CreateServicesAsync();
        await RunAsync(services, TestRecipes.Recipe("first", TestRecipes.DefinitionStep));
        var change = """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Page",
                "Settings": { "ContentTypeSettings": { "Versionable": false }, "FullTextAspectSettings": { "Included": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "AutoroutePart", "Name": "AutoroutePart" },
                                                      { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "1" } } } ] } ] }
            """;

        await RunAsync(services, TestRecipes.Recipe("second", change));

        var page = await GetTypeAsync(services, "Page");
        Assert.Equal("Pagina", page.DisplayName);
        Assert.Equal(
            """{"ContentTypeSettings":{"Creatable":true,"Draftable":true,"Versionable":false,"Listable":true},"FullTextAspectSettings":{"Included":true}}""",
            page.Settings.ToJsonString());
        Assert.Equal(["TitlePart", "Page", "AutoroutePart"], page.ContentTypePartDefinitionRecords.Select(p => p.Name), StringComparer.Ordinal);
        Assert.Equal(
            """{"ContentTypePartSettings":{"Position":"0"},"TitlePartSettings":{"Options":"1"}}""",
            page.ContentTypePartDefinitionRecords[0].Settings.ToJsonString());
    }

    [Fact]
    public async Task ExecuteAsync_ReplaceContentDefinition_ReplacesTheTypeWholesale()
    {
        await using var services = await CreateServicesAsync();
        await RunAsync(services, TestRecipes.Recipe("first", TestRecipes.DefinitionStep));
        var replace = """{ "name": "ReplaceContentDefinition", "ContentTypes": [ { "Name": "Page", "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart" } ] } ] }""";

        await RunAsync(services, TestRecipes.Recipe("second", replace));

        var page = await GetTypeAsync(services, "Page");
        Assert.Null(page.DisplayName);
        Assert.Empty(page.Settings);
        Assert.Equal("HtmlBodyPart", Assert.Single(page.ContentTypePartDefinitionRecords).Name);
    }

    [Fact]
    public async Task ExecuteAsync_DeleteContentDefinition_RemovesNamedTypesAndParts()
    {
        await using var services = await CreateServicesAsync();
        await RunAsync(services, TestRecipes.Recipe("first", TestRecipes.DefinitionStep));
        var delete = """{ "name": "DeleteContentDefinition", "ContentTypes": [ "Notice", "NeverDefined" ], "ContentParts": [ "Page" ] }""";

        await RunAsync(services, TestRecipes.Recipe("second", delete));

        await using var scope = services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(Ct);
        Assert.Equal(["Page"], document.ContentTypes.Select(t => t.Name), StringComparer.Ordinal);
        Assert.Empty(document.ContentParts);
    }

    [Fact]
    public async Task ExecuteAsync_SiteSteps_RecordFeaturesThemesAndSettings()
    {
        await using var services = await CreateServicesAsync();
        var recipe = TestRecipes.Recipe(
            "site",
            """{ "name": "feature", "enable": [ "OrchardCore.Contents", "OrchardCore.Title" ] }""",
            """{ "name": "feature", "enable": [ "OrchardCore.Lists" ], "disable": [ "OrchardCore.Title" ] }""",
            """{ "name": "themes", "site": "TheBlogTheme", "admin": "TheAdmin" }""",
            TestRecipes.SettingsStep,
            """{ "name": "settings", "HomeRoute": { "Area": "OrchardCore.Contents" } }""");

        await RunAsync(services, recipe);

        await using var scope = services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSiteSettingsAsync(Ct);
        Assert.Equal("""["OrchardCore.Contents","OrchardCore.Lists"]""", settings["Features"]!.ToJsonString());
        Assert.Equal("""{"Site":"TheBlogTheme","Admin":"TheAdmin"}""", settings["Themes"]!.ToJsonString());
        Assert.Equal("LPB", settings["SiteName"]!.GetValue<string>());
        Assert.Equal($$"""{"ContentItemId":"{{TestRecipes.PageId}}","Area":"OrchardCore.Contents"}""", settings["HomeRoute"]!.ToJsonString());
    }

    [Fact]
    public async Task ExecuteAsync_RecipesStep_RunsTheNestedRecipeInTheSameTransaction()
    {
        using var folder = new RecipeFolder();
        folder.Write("definitions.recipe.json", TestRecipes.Recipe("definitions", TestRecipes.DefinitionStep));
        await using var services = await CreateServicesAsync(folder.Path);
        var recipe = TestRecipes.Recipe("outer", """{ "name": "recipes", "Values": [ { "executionid": "x", "name": "Definitions" } ] }""", TestRecipes.ContentItem("Onbekend", "Fout"));

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, recipe));

        Assert.Equal(("outer", 1), (error.RecipeName, error.StepIndex));
        await AssertNothingStoredAsync(services);
    }

    [Fact]
    public async Task ExecuteAsync_RecipesStep_StoresTheNestedRecipe()
    {
        using var folder = new RecipeFolder();
        folder.Write("definitions.recipe.json", TestRecipes.Recipe("definitions", TestRecipes.DefinitionStep, """{ "name": "queries" }"""));
        await using var services = await CreateServicesAsync(folder.Path);

        var result = await RunAsync(services, TestRecipes.Recipe("outer", """{ "name": "recipes", "Values": [ { "name": "definitions" } ] }""", TestRecipes.ContentStep));

        Assert.Contains(result.Warnings, w => w.Contains("'queries'", StringComparison.Ordinal));
        await using var scope = services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(TestRecipes.PageId, VersionScope.Published, Ct));
    }

    [Fact]
    public async Task ExecuteAsync_RecipesStepCycle_IsRefusedAtTheStep()
    {
        using var folder = new RecipeFolder();
        folder.Write("a.recipe.json", TestRecipes.Recipe("a", """{ "name": "recipes", "Values": [ { "name": "b" } ] }"""));
        folder.Write("b.recipe.json", TestRecipes.Recipe("b", """{ "name": "recipes", "Values": [ { "name": "A" } ] }"""));
        await using var services = await CreateServicesAsync(folder.Path);

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, File.ReadAllText(Path.Combine(folder.Path, "a.recipe.json"))));

        Assert.Equal(("b", "$.steps[0].Values[0].name"), (error.RecipeName, error.JsonPath));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    private Task<ServiceProvider> CreateServicesAsync(string? recipeFolder = null) =>
        database.CreateServicesAsync(services =>
        {
            services.AddLpbRecipes();
            if (recipeFolder is not null)
            {
                services.Configure<RecipeOptions>(options => options.Folders.Add(recipeFolder));
            }
        });

    private static async Task<RecipeResult> RunAsync(ServiceProvider services, string json)
    {
        await using var scope = services.CreateAsyncScope();
        var recipe = scope.ServiceProvider.GetRequiredService<IRecipeReader>().Parse(json, null);
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionContext(), Ct);
    }

    private static async Task<ContentTypeDefinition> GetTypeAsync(ServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var type = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(name, Ct);
        return Assert.IsType<ContentTypeDefinition>(type);
    }

    private static async Task AssertNothingStoredAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        Assert.Empty(await store.GetVersionsAsync(TestRecipes.PageId, Ct));
        Assert.Empty(await store.GetVersionsAsync(TestRecipes.NoticeId, Ct));
        Assert.Equal(0, (await store.QueryAsync(new ContentQuery { Scope = VersionScope.Latest }, Ct)).TotalCount);
        Assert.Null(await documents.GetAsync(ContentDefinitionManager.DocumentName, Ct));
        Assert.Null(await documents.GetAsync(SiteService.DocumentName, Ct));
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(Ct)).ContentTypes);
    }

    private static async Task<StoredState> SnapshotAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var pages = await store.GetVersionsAsync(TestRecipes.PageId, Ct);
        var notices = await store.GetVersionsAsync(TestRecipes.NoticeId, Ct);
        return new StoredState(
            pages.Count,
            notices.Count,
            (await store.QueryAsync(new ContentQuery { Scope = VersionScope.Latest }, Ct)).TotalCount,
            string.Join("\n", pages.Concat(notices).Select(ContentItemJson.Serialize)),
            (await documents.GetAsync(ContentDefinitionManager.DocumentName, Ct))?.Json,
            (await documents.GetAsync(SiteService.DocumentName, Ct))?.Json);
    }

    private sealed record StoredState(int PageVersions, int NoticeVersions, int LatestItems, string ItemsJson, string? DefinitionsJson, string? SiteJson);
}
