using LpbCms.Core.Settings;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests;

/// <summary><c>dotnet LpbCms.Web.dll recipe run &lt;file&gt;</c> in a separate process, checked by exit code and output.</summary>
public sealed class RecipeCommandTests
{
    [Fact]
    public async Task RecipeRun_OrchardBlogRecipeOnFreshDatabase_ExitsZeroAndBlogPostIsServed()
    {
        using var folder = new TestFolder();

        var outcome = await HostProcess.RunAsync(folder.Path, "recipe", "run", RecipeFiles.OrchardBlog);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.Output}\n{outcome.Error}");
        Assert.Contains("recipe 'Blog' ran", outcome.Output, StringComparison.Ordinal);
        await using var site = LpbCmsFactory.Create(folder.Path);
        await site.InitializeAsync();
        OrchardBlogAssertions.AssertBlogPost(await OrchardBlogAssertions.GetBlogPostJsonAsync(site));
        await OrchardBlogAssertions.AssertMediaStoredAsync(site);
    }

    [Fact]
    public async Task RecipeRun_BrokenStepInSetupRecipe_ExitsOneNamingTheStepAndKeepsNothing()
    {
        using var folder = new TestFolder();
        var recipe = Path.Combine(folder.Path, "broken.recipe.json");
        await File.WriteAllTextAsync(
            recipe,
            """
            {
              "name": "broken",
              "issetuprecipe": true,
              "steps": [
                { "name": "settings", "SiteName": "Kapot" },
                { "name": "content", "data": [ { "ContentItemId": "[js: uuid()]", "ContentType": "NoSuchType" } ] }
              ]
            }
            """,
            TestContext.Current.CancellationToken);

        var outcome = await HostProcess.RunAsync(folder.Path, adminPassword: null, ["recipe", "run", recipe]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "initial-admin-password")), "a rolled back setup must not leave a password behind");
        Assert.Contains("step 1 ('content')", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Recipe 'broken'", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_OrdinaryRecipeOnFreshDatabase_SetsUpFirstThenRunsWithAdminParameters()
    {
        using var folder = new TestFolder();
        var recipe = Path.Combine(folder.Path, "extra.recipe.json");
        await File.WriteAllTextAsync(
            recipe,
            """{ "name": "extra", "steps": [ { "name": "settings", "ImportedBy": "[js: parameters('AdminUsername')]" } ] }""",
            TestContext.Current.CancellationToken);

        var outcome = await HostProcess.RunAsync(folder.Path, "recipe", "run", recipe);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.Output}\n{outcome.Error}");
        Assert.Contains("setup recipe 'lpb-site' ran first", outcome.Output, StringComparison.Ordinal);
        await using var site = LpbCmsFactory.Create(folder.Path);
        await site.InitializeAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSiteSettingsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(LpbCmsFactory.AdminUserName, (string?)settings["ImportedBy"]);
        Assert.Equal("lpb-site", (string?)settings["Setup"]?["Recipe"]);
    }

    [Fact]
    public async Task UnknownCommand_AnyDataFolder_PrintsUsageAndExitsTwo()
    {
        using var folder = new TestFolder();

        var outcome = await HostProcess.RunAsync(folder.Path, "recipe", "frobnicate");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("recipe run <file>", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_CorruptDatabaseFile_ExitsOneWithOneClearLine()
    {
        using var folder = new TestFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "lpbcms.db"), new string('x', 4096), TestContext.Current.CancellationToken);

        var outcome = await HostProcess.RunAsync(folder.Path, "--urls=http://127.0.0.1:0");

        Assert.Equal(1, outcome.ExitCode);
        var all = outcome.Output + outcome.Error;
        Assert.Contains("cannot be opened", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
    }
}
