using System.Runtime.CompilerServices;
using LpbCms.Core.Recipes;

namespace LpbCms.Core.Tests.Recipes;

public sealed class RecipeReaderTests
{
    private readonly RecipeReader _sut = new();

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        const string json = """
            {
              // a line comment
              "name": "lenient", /* a block comment */
              "steps": [
                { "name": "feature", "enable": [ "A", ], },
              ],
            }
            """;

        var recipe = _sut.Parse(json, null);

        Assert.Equal("lenient", recipe.Name);
        Assert.Single(recipe.Steps);
    }

    [Fact]
    public void Parse_HeaderKeysInAnyCase_AreRead()
    {
        const string json = """
            { "NAME": "r", "DisplayName": "R", "DESCRIPTION": "d", "Author": "a", "WebSite": "w", "Version": "1.0.0",
              "IsSetupRecipe": true, "Categories": ["c1"], "TAGS": ["t1", "t2"], "Variables": { "v": "1" }, "STEPS": [] }
            """;

        var recipe = _sut.Parse(json, null);

        Assert.Equal(("r", "R", "d", "a", "w", "1.0.0", true), (recipe.Name, recipe.DisplayName, recipe.Description, recipe.Author, recipe.Website, recipe.Version, recipe.IsSetupRecipe));
        Assert.Equal(["c1"], recipe.Categories);
        Assert.Equal(["t1", "t2"], recipe.Tags);
        Assert.Equal("1", recipe.Variables["v"]!.GetValue<string>());
    }

    [Fact]
    public void Parse_NumbersAndBooleansAsText_AreTolerated()
    {
        const string json = """{ "name": "r", "version": 2, "issetuprecipe": "true", "categories": "single", "steps": [] }""";

        var recipe = _sut.Parse(json, null);

        Assert.Equal("2", recipe.Version);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["single"], recipe.Categories);
    }

    [Fact]
    public void Parse_StepNameKeyInAnyCase_IsFound()
    {
        const string json = """{ "name": "r", "steps": [ { "Name": "themes", "site": "X" } ] }""";

        var recipe = _sut.Parse(json, null);

        Assert.Equal("themes", RecipeReader.GetStepName(recipe.Steps[0]));
    }

    [Fact]
    public void Parse_StepProperties_AreLookedUpIgnoringCase()
    {
        const string json = """{ "name": "r", "steps": [ { "name": "content", "data": [ { "ContentType": "Page" } ] } ] }""";

        var recipe = _sut.Parse(json, null);

        Assert.NotNull(recipe.Steps[0]["Data"]);
    }

    [Fact]
    public void Parse_MalformedJson_NamesFileLineAndPosition()
    {
        const string json = "{\n  \"name\": \"broken\",\n  \"steps\": [ { \"name\": x } ]\n}";

        var error = Assert.Throws<RecipeException>(() => _sut.Parse(json, "/recipes", "/recipes/broken.recipe.json"));

        Assert.Contains("/recipes/broken.recipe.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, position 24", error.Message, StringComparison.Ordinal);
        Assert.Equal("broken.recipe.json", error.RecipeName);
    }

    [Fact]
    public void Parse_MissingName_IsAClearError()
    {
        var error = Assert.Throws<RecipeException>(() => _sut.Parse("""{ "steps": [] }""", null));

        Assert.Equal("$.name", error.JsonPath);
        Assert.Contains("has no 'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingSteps_IsAClearError()
    {
        var error = Assert.Throws<RecipeException>(() => _sut.Parse("""{ "name": "r" }""", null));

        Assert.Equal(("r", "$.steps"), (error.RecipeName, error.JsonPath));
        Assert.Contains("no 'steps'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StepsNotAnArray_IsAClearError()
    {
        var error = Assert.Throws<RecipeException>(() => _sut.Parse("""{ "name": "r", "steps": {} }""", null));

        Assert.Equal("$.steps", error.JsonPath);
    }

    [Fact]
    public void Parse_StepWithoutName_IsLocated()
    {
        var error = Assert.Throws<RecipeException>(() => _sut.Parse("""{ "name": "r", "steps": [ { "name": "feature" }, { "enable": [] } ] }""", null));

        Assert.Equal((1, "$.steps[1].name"), (error.StepIndex, error.JsonPath));
    }

    [Fact]
    public void Parse_KeysDifferingOnlyInCase_AreLocated()
    {
        var error = Assert.Throws<RecipeException>(() => _sut.Parse("""{ "name": "r", "steps": [ { "name": "settings", "A": { "x": 1, "X": 2 } } ] }""", null));

        Assert.Equal("$.steps[0].A", error.JsonPath);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.recipe.json");

        var error = await Assert.ThrowsAsync<RecipeException>(() => _sut.ReadFileAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_ExistingFile_SetsBasePathAndFilePath()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.recipe.json", """{ "name": "a", "steps": [] }""");

        var recipe = await _sut.ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal((folder.Path, path), (recipe.BasePath, recipe.FilePath));
    }

    [Fact]
    public async Task ReadFileAsync_OrchardBlogRecipe_ReadsHeaderAndAllSteps()
    {
        // The stock Orchard recipe, copied unchanged into the repository (tests/LpbCms.Web.Tests/Compat).
        var path = OrchardBlogRecipePath();

        var recipe = await _sut.ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(("Blog", true, 10), (recipe.Name, recipe.IsSetupRecipe, recipe.Variables.Count));
        Assert.Equal(
            ["feature", "themes", "Roles", "settings", "ContentDefinition", "content", "media", "layers", "queries", "AdminMenu", "MediaProfiles"],
            recipe.Steps.Select(RecipeReader.GetStepName),
            StringComparer.Ordinal);
    }

    internal static string OrchardBlogRecipePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "../../LpbCms.Web.Tests/Compat/TheBlogTheme/Recipes/blog.recipe.json"));
}
