using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Core.Storage;
using LpbCms.Media.Recipes;
using LpbCms.Modules.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaRecipeStepTests
{
    private const string MediaStep = """
        { "name": "media", "Files": [
            { "TargetPath": "about-bg.jpg", "SourcePath": "../wwwroot/img/about-bg.jpg" },
            { "targetpath": "notes/hello.txt", "base64": "aGFsbG8=" } ] }
        """;

    [Fact]
    public async Task ExecuteAsync_RecipeCommits_FilesMovedIntoPlace()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var recipe = WriteRecipe(services.Folder, $$"""{ "name": "media-ok", "steps": [ {{MediaStep}} ] }""");

        await RunAsync(services, recipe);

        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(MediaFile(services, "about-bg.jpg"), TestContext.Current.CancellationToken));
        Assert.Equal("hallo", await File.ReadAllTextAsync(MediaFile(services, "notes", "hello.txt"), TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(Path.Combine(services.Folder, "media-staging")));
    }

    [Fact]
    public async Task ExecuteAsync_LaterStepFails_NoMediaLeft()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var recipe = WriteRecipe(services.Folder, $$"""
            { "name": "media-then-broken", "steps": [ {{MediaStep}}, { "name": "Roles", "Roles": [ { "Description": "no name" } ] } ] }
            """);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(services, recipe));

        Assert.Equal(1, ex.StepIndex);
        Assert.False(Directory.Exists(Path.Combine(services.Folder, "media")) && Directory.EnumerateFileSystemEntries(Path.Combine(services.Folder, "media")).Any());
        Assert.Empty(Directory.GetFiles(Path.Combine(services.Folder, "media-staging")));
    }

    [Fact]
    public async Task ExecuteAsync_MissingSource_ErrorLocatedAtSourcePathAndNothingStaged()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var step = JsonNode.Parse("""
            { "name": "media", "Files": [
                { "TargetPath": "a.txt", "Base64": "YQ==" },
                { "TargetPath": "b.jpg", "SourcePath": "../missing/b.jpg" } ] }
            """)!.AsObject();

        var ex = await ExecuteStepAsync(services, step);

        Assert.Equal("$.steps[3].Files[1].SourcePath", ex.JsonPath);
        Assert.Contains("../missing/b.jpg", ex.Detail, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(services.Folder, "media-staging")));
    }

    [Theory]
    [InlineData("""{ "TargetPath": "../escape.txt", "Base64": "YQ==" }""", "$.steps[3].Files[0].TargetPath")]
    [InlineData("""{ "TargetPath": "a.txt", "Base64": "not base64!" }""", "$.steps[3].Files[0].Base64")]
    [InlineData("""{ "TargetPath": "a.txt", "SourcePath": "/etc/passwd" }""", "$.steps[3].Files[0].SourcePath")]
    [InlineData("""{ "TargetPath": "a.txt", "SourceUrl": "https://example.org/a.txt" }""", "$.steps[3].Files[0].SourceUrl")]
    [InlineData("""{ "TargetPath": "a.txt" }""", "$.steps[3].Files[0]")]
    [InlineData("\"a.txt\"", "$.steps[3].Files[0]")]
    public async Task ExecuteAsync_BadFileEntry_ErrorLocatedAtEntry(string file, string expectedPath)
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var step = JsonNode.Parse($$"""{ "name": "media", "Files": [ {{file}} ] }""")!.AsObject();

        var ex = await ExecuteStepAsync(services, step);

        Assert.Equal(expectedPath, ex.JsonPath);
        Assert.False(File.Exists(Path.Combine(services.Folder, "escape.txt")));
    }

    private static string MediaFile(SqliteTestServices services, params string[] parts) =>
        Path.Combine([services.Folder, "media", .. parts]);

    private static string WriteRecipe(string folder, string json)
    {
        Directory.CreateDirectory(Path.Combine(folder, "wwwroot", "img"));
        File.WriteAllBytes(Path.Combine(folder, "wwwroot", "img", "about-bg.jpg"), [1, 2, 3]);
        var recipes = Directory.CreateDirectory(Path.Combine(folder, "Recipes")).FullName;
        var path = Path.Combine(recipes, "test.recipe.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task RunAsync(SqliteTestServices services, string recipePath)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = services.CreateScope();
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeReader>().ReadFileAsync(recipePath, ct);
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionContext(), ct);
    }

    private static async Task<RecipeException> ExecuteStepAsync(SqliteTestServices services, JsonObject step)
    {
        var ct = TestContext.Current.CancellationToken;
        WriteRecipe(services.Folder, "{}");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetServices<IRecipeStepHandler>().OfType<MediaRecipeStep>().Single();
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(ct);
        var context = new RecipeStepContext
        {
            Recipe = new RecipeDescriptor { Name = "test", Steps = [], BasePath = Path.Combine(services.Folder, "Recipes") },
            StepIndex = 3,
            StepName = "media",
            Step = step,
            Execution = new RecipeExecutionContext(),
        };

        return await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(context, ct));
    }
}
