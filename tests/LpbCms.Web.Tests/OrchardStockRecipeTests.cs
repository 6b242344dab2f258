using LpbCms.Core.Recipes;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests;

/// <summary>
/// Every stock setup recipe of Orchard Core (Compat/, copied unchanged) imported by
/// <c>recipe run</c> on a fresh database, and the blog add-ons after the blog recipe. Each must
/// succeed; its warnings (steps and functions LpbCms has no counterpart for) are listed in the
/// test output, and the site must then hold every content item the recipe's content steps list.
/// </summary>
public sealed class OrchardStockRecipeTests
{
    public static TheoryData<string, string> SetupRecipes => new()
    {
        { "Host/Recipes/blank.recipe.json", "Blank" },
        { "Host/Recipes/headless.recipe.json", "Headless" },
        { "TheAgencyTheme/Recipes/agency.recipe.json", "Agency" },
        { "TheBlogTheme/Recipes/blog.recipe.json", "Blog" },
        { "TheComingSoonTheme/Recipes/comingsoon.recipe.json", "ComingSoon" },
        { "TheTheme/Recipes/saas.recipe.json", "SaaS" },
    };

    /// <summary>The blog add-ons; the query ones run their search sibling through a recipes step.</summary>
    private static readonly string[] BlogAddOns =
    [
        "blog.sql.search.recipe.json",
        "blog.sql.query.recipe.json",
        "blog.lucene.search.recipe.json",
        "blog.lucene.query.recipe.json",
        "blog.elastic.search.recipe.json",
        "blog.elastic.query.recipe.json",
    ];

    [Theory]
    [MemberData(nameof(SetupRecipes))]
    public async Task RecipeRun_StockSetupRecipeOnFreshDatabase_SucceedsAndStoresItsContent(string file, string name)
    {
        using var folder = new TestFolder();

        var outcome = await RunAsync(folder, RecipeFiles.Orchard(file));

        Assert.Contains("ran as its setup recipe", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"recipe '{name}' ran", outcome.Output, StringComparison.Ordinal);
        await using var site = LpbCmsFactory.Create(folder.Path);
        await site.InitializeAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeReader>().ReadFileAsync(RecipeFiles.Orchard(file), TestContext.Current.CancellationToken);
        var stored = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(new ContentQuery { Scope = VersionScope.Latest, Take = 1 }, TestContext.Current.CancellationToken);
        Assert.Equal(ContentItemsListed(recipe), stored.TotalCount);
    }

    [Fact]
    public async Task RecipeRun_ComingSoonRecipe_WarnsOfWorkflowFunctionWithStepAndPath()
    {
        using var folder = new TestFolder();

        var outcome = await RunAsync(folder, RecipeFiles.Orchard("TheComingSoonTheme/Recipes/comingsoon.recipe.json"));

        var warning = Assert.Single(Warnings(outcome), w => w.Contains("createWorkflowToken", StringComparison.Ordinal));
        Assert.Contains("('content')", warning, StringComparison.Ordinal);
        Assert.Contains(".Action", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_BlogAddOnsAfterBlogRecipe_EachSucceeds()
    {
        using var folder = new TestFolder();
        await RunAsync(folder, RecipeFiles.OrchardBlog);

        foreach (var addOn in BlogAddOns)
        {
            var outcome = await RunAsync(folder, Path.Combine(RecipeFiles.OrchardBlogFolder, addOn));

            // Ran on the blog site (no setup first); a query add-on whose search sibling was not found would have failed.
            Assert.DoesNotContain("setup recipe", outcome.Output, StringComparison.Ordinal);
            Assert.Contains("Done in", outcome.Output, StringComparison.Ordinal);
        }
    }

    private static async Task<HostProcess.Outcome> RunAsync(TestFolder folder, string recipeFile)
    {
        var outcome = await HostProcess.RunAsync(folder.Path, "recipe", "run", recipeFile);
        Assert.True(outcome.ExitCode == 0, $"{Path.GetFileName(recipeFile)}: exit {outcome.ExitCode}\n{outcome.Output}\n{outcome.Error}");
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{Path.GetFileName(recipeFile)}: {Warnings(outcome).Count} warning(s)");
        foreach (var warning in Warnings(outcome))
        {
            output?.WriteLine("  " + warning);
        }

        return outcome;
    }

    private static List<string> Warnings(HostProcess.Outcome outcome) =>
        [.. outcome.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("warning:", StringComparison.Ordinal))];

    /// <summary>Top-level items of the recipe's content steps (nested items live inside their parent).</summary>
    private static int ContentItemsListed(RecipeDescriptor recipe) => recipe.Steps
        .Where(s => string.Equals(RecipeReader.GetStepName(s), "content", StringComparison.OrdinalIgnoreCase))
        .Sum(s => (RecipeJson.Get(s, "data") as System.Text.Json.Nodes.JsonArray)?.Count ?? 0);
}
