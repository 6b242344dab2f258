using LpbCms.Core.Recipes;

namespace LpbCms.Core.Tests.Recipes;

public sealed class StreamedRecipeReaderTests
{
    private readonly StreamedRecipeReader _sut = new(new RecipeReader());

    [Fact]
    public async Task ReadFile_LenientRecipe_ReadsHeaderAndEachStepAsTheWholeFileReaderDoes()
    {
        using var folder = new TempFolder();
        var longText = new string('x', 200_000);
        var path = folder.Write("big.recipe.json", $$"""
            // a comment before the recipe
            {
              "Name": "groot",
              "displayName": "Groot recept",
              "categories": ["backup",],
              "Steps": [
                { "name": "settings", "SiteName": "{{longText}}" },
                /* between steps */
                { "NAME": "content", "Data": [ { "ContentType": "Page", "TitlePart": { "Title": "[]{}\"" } } ] },
              ],
              "issetuprecipe": "false",
            }
            """);

        var streamed = await _sut.ReadFileAsync(path, TestContext.Current.CancellationToken);
        var whole = await new RecipeReader().ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(whole.Name, streamed.Name);
        Assert.Equal(whole.DisplayName, streamed.DisplayName);
        Assert.Equal(whole.Categories, streamed.Categories);
        Assert.Equal(whole.Steps.Count, streamed.Steps.Count);
        for (var i = 0; i < whole.Steps.Count; i++)
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(whole.Steps[i], streamed.Steps[i]), $"step {i} differs");
        }
    }

    [Fact]
    public async Task ReadFile_StepWithoutName_FailsAtThatStep()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.recipe.json", """{ "name": "fout", "steps": [ { "name": "settings" }, { "Data": [] } ] }""");
        var recipe = await _sut.ReadFileAsync(path, TestContext.Current.CancellationToken);

        var error = Assert.Throws<RecipeException>(() => recipe.Steps[1]);

        Assert.Equal(1, error.StepIndex);
        Assert.Equal("$.steps[1].name", error.JsonPath);
    }

    [Fact]
    public async Task ReadFile_NotAnObject_IsARecipeError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("array.recipe.json", "[1, 2]");

        await Assert.ThrowsAsync<RecipeException>(() => _sut.ReadFileAsync(path, TestContext.Current.CancellationToken));
    }
}
