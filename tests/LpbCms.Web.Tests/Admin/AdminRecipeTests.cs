using System.Net;
using System.Text;
using LpbCms.Core.Auditing;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>Uploading and running a recipe in the admin: all or nothing, the failure located in Dutch, Administrators only.</summary>
public sealed class AdminRecipeTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task RunRecipe_GoodRecipe_StoresEverythingShowsOutcomeAndAudits()
    {
        using var sut = await AdminAsync();
        var recipe = Recipe("goed", "GoedRecept", "receptpagina-goed-0001", "Pagina uit een recept", thirdStepType: "Page");

        using var response = await sut.PostFileAsync("/admin/recepten", await sut.GetTokenAsync("/admin/recepten"), "Upload", "goed.recipe.json", recipe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Het recept 'goed' is uitgevoerd", html, StringComparison.Ordinal);
        Assert.Contains("3 stappen uitgevoerd", html, StringComparison.Ordinal);
        Assert.Equal("admin", await SettingAsync("GoedRecept"));
        Assert.Equal("Pagina uit een recept", (await ItemAsync("receptpagina-goed-0001"))?.DisplayText);
        Assert.NotNull(await ItemAsync("receptpagina-goed-0001-b"));
        Assert.Contains(await AuditAsync("RecipeRun"), e => e.UserName == LpbCmsFactory.AdminUserName && e.Details!.Contains("goed.recipe.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunRecipe_ThirdStepBroken_StoresNothingAndNamesRecipeStepAndPath()
    {
        using var sut = await AdminAsync();
        var recipe = Recipe("kapot", "KapotRecept", "receptpagina-kapot-0001", "Mag niet blijven", thirdStepType: "BestaatNiet");

        using var response = await sut.PostFileAsync("/admin/recepten", await sut.GetTokenAsync("/admin/recepten"), "Upload", "kapot.recipe.json", recipe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Het recept is niet uitgevoerd", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets van het recept opgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("<dd>kapot</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>3 ('content')</dd>", html, StringComparison.Ordinal);
        Assert.Contains("$.steps[2]", html, StringComparison.Ordinal);
        Assert.Null(await SettingAsync("KapotRecept"));
        Assert.Null(await ItemAsync("receptpagina-kapot-0001"));
        Assert.Contains(await AuditAsync("RecipeFailed"), e => e.Details!.Contains("kapot.recipe.json", StringComparison.Ordinal));
        Assert.DoesNotContain(await AuditAsync("RecipeRun"), e => e.Details!.Contains("kapot.recipe.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunRecipe_InvalidJson_ShowsDutchFailure()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFileAsync("/admin/recepten", await sut.GetTokenAsync("/admin/recepten"), "Upload", "stuk.recipe.json", Encoding.UTF8.GetBytes("{ \"name\": \"stuk\", \"steps\": [ "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het recept is niet uitgevoerd", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task RunRecipe_NonAdministratorDirectPost_IsRefusedAndStoresNothing(string role)
    {
        var userName = "recept-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
        var setting = "Achterdeur" + role;
        var recipe = Recipe("achterdeur", setting, "receptpagina-" + role.ToLowerInvariant(), "Niet toegestaan", thirdStepType: "Page");

        using var page = await sut.GetAsync("/admin/recepten");
        using var response = await sut.PostFileAsync("/admin/recepten", await sut.GetTokenAsync("/admin"), "Upload", "achterdeur.recipe.json", recipe);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(await SettingAsync(setting));
        Assert.Null(await ItemAsync("receptpagina-" + role.ToLowerInvariant()));
    }

    /// <summary>Three steps: a setting naming the running user, a Page, and a second content step of the given type (unknown → it fails).</summary>
    private static byte[] Recipe(string name, string settingKey, string itemId, string title, string thirdStepType) => Encoding.UTF8.GetBytes($$"""
        {
          "name": "{{name}}",
          "displayName": "Testrecept",
          "steps": [
            { "name": "settings", "{{settingKey}}": "[js: parameters('AdminUsername')]" },
            { "name": "content", "data": [ { "ContentItemId": "{{itemId}}", "ContentType": "Page", "DisplayText": "{{title}}", "Latest": true, "Published": true, "TitlePart": { "Title": "{{title}}" } } ] },
            { "name": "content", "data": [ { "ContentItemId": "{{itemId}}-b", "ContentType": "{{thirdStepType}}", "DisplayText": "Tweede", "Latest": true, "Published": true, "TitlePart": { "Title": "Tweede" } } ] }
          ]
        }
        """);

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

    private async Task<string?> SettingAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSiteSettingsAsync(TestContext.Current.CancellationToken);
        return settings[key]?.GetValue<string>();
    }

    private async Task<Core.Contents.ContentItem?> ItemAsync(string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(id, VersionScope.Latest, TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { Action = action }, TestContext.Current.CancellationToken)).Items;
    }
}
