using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Recipes;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Taxonomies;

/// <summary>
/// The seeded LPB site (with its "Thema" taxonomy) plus, imported by a second recipe, a MultiTextField
/// "Doelgroepen" with three options on Gift ("bewoners" checked by default) and one gift that uses both new fields.
/// </summary>
public sealed class TaxonomySite : IAsyncLifetime
{
    public const string ArticleId = "ynh0192v1z5zh4sk9x7zvwxd7z";
    public const string TaxonomyId = "a2qm7wegwsq43dy8n54wm93b1b";
    public const string WijkgerichtWerken = "ath8tebypq9txxzj0988e507rm";
    public const string Preventie = "3yq1e4jm7va7b9ps0x9cn4ak2x";
    public const string Omgevingswet = "whfay7da7j52c1pp6f9qw1ahnq";
    public const string TestGiftId = "testcadeaumetthemaenmtf001";
    public const string TestGiftTitle = "Cadeau over preventie";

    public ApiSite Api { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Api.InitializeAsync();
        var recipe = new JsonObject
        {
            ["name"] = "doelgroepen",
            ["steps"] = new JsonArray(DefinitionStep(), ContentStep()),
        };
        var path = Path.Combine(Api.Factory.DataPath, "doelgroepen.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString(), TestContext.Current.CancellationToken);
        await using var scope = Api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var descriptor = await services.GetRequiredService<IRecipeReader>().ReadFileAsync(path, TestContext.Current.CancellationToken);
        await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(descriptor, new RecipeExecutionContext(), TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Api.DisposeAsync();

    public async Task<ContentItem?> GetAsync(string id, VersionScope scope = VersionScope.Published)
    {
        await using var services = Api.Factory.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(id, scope, TestContext.Current.CancellationToken);
    }

    private static JsonObject DefinitionStep() => JsonNode.Parse("""
        {
          "name": "ContentDefinition",
          "ContentTypes": [],
          "ContentParts": [
            { "Name": "Gift", "ContentPartFieldDefinitionRecords": [
              { "FieldName": "MultiTextField", "Name": "Doelgroepen",
                "Settings": {
                  "ContentPartFieldSettings": { "DisplayName": "Doelgroepen", "Position": "9" },
                  "MultiTextFieldSettings": { "Hint": "Voor wie is dit cadeau?", "Options": [
                    { "name": "Gemeenten", "value": "gemeenten", "default": false },
                    { "name": "Bewoners", "value": "bewoners", "default": true },
                    { "name": "Professionals", "value": "professionals", "default": false } ] } } } ] }
          ]
        }
        """)!.AsObject();

    private static JsonObject ContentStep() => new()
    {
        ["name"] = "content",
        ["Data"] = new JsonArray(new JsonObject
        {
            ["ContentItemId"] = TestGiftId,
            ["ContentType"] = "Gift",
            ["DisplayText"] = TestGiftTitle,
            ["Latest"] = true,
            ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = TestGiftTitle },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "cadeaus/cadeau-over-preventie" },
            ["Gift"] = new JsonObject
            {
                ["Authors"] = new JsonObject { ["Text"] = "Test Auteur" },
                ["Doelgroepen"] = new JsonObject { ["Values"] = new JsonArray("bewoners", "professionals") },
                ["Themas"] = new JsonObject { ["TermContentItemIds"] = new JsonArray(Preventie) },
            },
        }),
    };
}
