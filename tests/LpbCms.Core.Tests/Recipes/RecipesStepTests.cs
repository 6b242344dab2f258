using LpbCms.Core.Recipes;
using LpbCms.Core.Recipes.Steps;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Tests.Recipes;

/// <summary>The <c>recipes</c> step finds named recipes as Orchard does: beside the running recipe, then in the configured folders.</summary>
public sealed class RecipesStepTests
{
    private readonly RecordingUnitOfWork _unitOfWork = new();
    private readonly RecordingStepHandler _marker = new("marker");

    [Fact]
    public async Task Recipes_NameOfASiblingOutsideTheConfiguredFolders_RunsTheSibling()
    {
        using var addOns = new TempFolder();
        using var configured = new TempFolder();
        addOns.Write("blog.sql.search.recipe.json", """{ "name": "Blog.SQL.Search", "steps": [ { "name": "marker", "From": "sibling" } ] }""");
        var outer = addOns.Write("blog.sql.query.recipe.json", """{ "name": "Blog.SQL.Query", "steps": [ { "name": "recipes", "Values": [ { "executionid": "Blog", "name": "blog.sql.search" } ] } ] }""");

        await RunAsync(outer, configured.Path);

        Assert.Equal("sibling", Assert.Single(_marker.Steps)["From"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recipes_NameInTheConfiguredFolders_IsStillFound()
    {
        using var running = new TempFolder();
        using var configured = new TempFolder();
        configured.Write("nested/other.recipe.json", """{ "name": "other", "steps": [ { "name": "marker", "From": "configured" } ] }""");
        var outer = running.Write("outer.recipe.json", """{ "name": "outer", "steps": [ { "name": "recipes", "Values": [ { "name": "other" } ] } ] }""");

        await RunAsync(outer, configured.Path);

        Assert.Equal("configured", Assert.Single(_marker.Steps)["From"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recipes_UnknownName_IsAnErrorNamingTheStepAndTheRecipe()
    {
        using var running = new TempFolder();
        using var configured = new TempFolder();
        var outer = running.Write("outer.recipe.json", """{ "name": "outer", "steps": [ { "name": "marker" }, { "name": "recipes", "Values": [ { "name": "Blog.Nowhere" } ] } ] }""");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(outer, configured.Path));

        Assert.Equal((1, "recipes", "$.steps[1].Values[0].name"), (error.StepIndex, error.StepName, error.JsonPath));
        Assert.Contains("'Blog.Nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Contains(running.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(["begin", "rollback"], _unitOfWork.Events);
    }

    private async Task RunAsync(string recipeFile, string configuredFolder)
    {
        var options = new RecipeOptions();
        options.Folders.Add(configuredFolder);
        var reader = new RecipeReader();
        var harvester = new RecipeHarvester(reader, Options.Create(options), NullLogger<RecipeHarvester>.Instance);
        var executor = new RecipeExecutor([new RecipesStep(harvester, Options.Create(options)), _marker], _unitOfWork, Options.Create(options), NullLogger<RecipeExecutor>.Instance);
        var recipe = await reader.ReadFileAsync(recipeFile, TestContext.Current.CancellationToken);
        await executor.ExecuteAsync(recipe, new RecipeExecutionContext(), TestContext.Current.CancellationToken);
    }
}
