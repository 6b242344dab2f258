using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Recipes;
using LpbCms.Core.Recipes.Expressions;
using Microsoft.Extensions.Configuration;

namespace LpbCms.Core.Tests.Recipes;

public sealed class RecipeExpressionEvaluatorTests
{
    /// <summary>The recipe parsed by the last <see cref="Evaluator"/> call.</summary>
    private RecipeDescriptor? _recipe;

    [Fact]
    public void EvaluateStep_Uuid_GivesANewId()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "Id": "[js: uuid()]" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.True(IdGenerator.IsValid(step["Id"]!.GetValue<string>()));
    }

    [Fact]
    public void EvaluateStep_Variable_IsEvaluatedOnceAndCachedAcrossSteps()
    {
        using var sut = Evaluator("""
            { "name": "r", "variables": { "id": "[js:uuid()]" },
              "steps": [ { "name": "a", "X": "[js: variables('id')]" }, { "name": "b", "Y": "[js: variables('id')]" } ] }
            """);

        var first = sut.EvaluateStep(_recipe!.Steps[0], 0, "a")["X"]!.GetValue<string>();
        var second = sut.EvaluateStep(_recipe.Steps[1], 1, "b")["Y"]!.GetValue<string>();

        Assert.True(IdGenerator.IsValid(first));
        Assert.Equal(first, second);
    }

    [Fact]
    public void EvaluateStep_VariableUsingAnotherVariable_IsEvaluated()
    {
        using var sut = Evaluator("""
            { "name": "r", "variables": { "prefix": "Admin", "url": "[js: variables('prefix') + '/Contents']", "count": 3 },
              "steps": [ { "name": "a", "Url": "[js: variables('url')]", "Count": "[js: variables('count') + 1]" } ] }
            """);

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "a");

        Assert.Equal("Admin/Contents", step["Url"]!.GetValue<string>());
        Assert.Equal(4, step["Count"]!.GetValue<long>());
    }

    [Fact]
    public void EvaluateStep_VariableThatRefersToItself_IsLocatedAtTheVariable()
    {
        using var sut = Evaluator("""
            { "name": "r", "variables": { "a": "[js: variables('b')]", "b": "[js: variables('a')]" },
              "steps": [ { "name": "s", "X": "[js: variables('a')]" } ] }
            """);

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Equal("$.variables.b", error.JsonPath);
        Assert.Contains("refers to itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_UnknownVariable_IsLocatedAtTheValue()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "X": "[js: variables('nope')]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Equal("$.steps[0].X", error.JsonPath);
        Assert.Contains("no variable 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_Parameters_ReadsTheExecutionParametersIgnoringCase()
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal) { ["AdminUsername"] = "admin" };
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[js: parameters('adminusername')]", "B": "[js: parameters('Missing')]" } ] }""", parameters);

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("admin", step["A"]!.GetValue<string>());
        Assert.Null(step["B"]);
    }

    [Fact]
    public void EvaluateStep_Configuration_ReadsTheKeyOrGivesTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["Section:Key"] = "configured" }).Build();
        using var sut = Evaluator(
            """{ "name": "r", "steps": [ { "name": "s", "A": "[js: configuration('Section:Key', 'x')]", "B": "[js: configuration('Other:Key', 'fallback')]", "C": "[js: configuration('Other:Key')]" } ] }""",
            configuration: configuration);

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal(("configured", "fallback"), (step["A"]!.GetValue<string>(), step["B"]!.GetValue<string>()));
        Assert.Null(step["C"]);
    }

    [Fact]
    public void EvaluateStep_Base64_DecodesToText()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("{ \"type\": \"één\" }"));
        using var sut = Evaluator($$"""{ "name": "r", "steps": [ { "name": "s", "A": "[js: base64('{{encoded}}')]" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("{ \"type\": \"één\" }", step["A"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_Html_DecodesEntities()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[js: html('&lt;p&gt;Ori&euml;ntatie &amp; meer&lt;/p&gt;')]" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("<p>Oriëntatie & meer</p>", step["A"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_Gzip_DecompressesBase64Text()
    {
        using var sut = Evaluator($$"""{ "name": "r", "steps": [ { "name": "s", "A": "[js: gzip('{{Gzipped("gecomprimeerde tekst")}}')]" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("gecomprimeerde tekst", step["A"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_ResultTypes_KeepTheirJsonType()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "N": "[js: 1 + 2]", "F": "[js: 1 / 4]", "B": "[js: 1 < 2]", "Z": "[js: null]", "O": "[js: ({ a: [1, 'x'] })]" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal(3, step["N"]!.GetValue<long>());
        Assert.Equal(0.25, step["F"]!.GetValue<double>());
        Assert.True(step["B"]!.GetValue<bool>());
        Assert.Null(step["Z"]);
        Assert.Equal("""{"a":[1,"x"]}""", step["O"]!.ToJsonString());
    }

    [Fact]
    public void EvaluateStep_TextThatOnlyLooksLikeAnExpression_IsLeftAlone()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[link]", "B": "see [js: 1]", "C": "[js: 1] later" } ] }""");

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal(("[link]", "see [js: 1]", "[js: 1] later"), (step["A"]!.GetValue<string>(), step["B"]!.GetValue<string>(), step["C"]!.GetValue<string>()));
    }

    [Fact]
    public void EvaluateStep_Always_LeavesTheRecipeUnchanged()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "Data": [ { "Id": "[js: uuid()]" } ] } ] }""");

        sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("[js: uuid()]", _recipe.Steps[0]["Data"]![0]!["Id"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_FailingScript_NamesRecipeStepAndJsonPath()
    {
        using var sut = Evaluator("""{ "name": "failing", "steps": [ { "name": "content", "Data": [ {}, {}, { "DisplayText": "[js: notAFunction()]" } ] } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 4, "content"));

        Assert.Equal(("failing", 4, "content", "$.steps[4].Data[2].DisplayText"), (error.RecipeName, error.StepIndex, error.StepName, error.JsonPath));
        Assert.Contains("notAFunction is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_EndlessLoop_IsStoppedByTheLimits()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[js: (function() { while (true) {} })()]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Equal("$.steps[0].A", error.JsonPath);
    }

    [Fact]
    public void EvaluateStep_EndlessRecursion_IsStoppedByTheLimits()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[js: (function f() { return f(); })()]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Contains("deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_LargeAllocation_IsStoppedByTheMemoryLimit()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[js: 'x'.repeat(1000000).split('').length]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Contains("memory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_FileText_ReadsTheFileRelativeToTheRecipe()
    {
        using var folder = new TempFolder();
        folder.Write("Recipes/Snippets/footer.html", "<p>Voettekst</p>");
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "Html": "[file:text('Snippets/footer.html')]" } ] }""", basePath: Path.Combine(folder.Path, "Recipes"));

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("<p>Voettekst</p>", step["Html"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_FileBase64_ReadsBytesOneFolderUp()
    {
        using var folder = new TempFolder();
        folder.Write("wwwroot/img.bin", "abc");
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "Data": "[file:base64('../wwwroot/img.bin')]" } ] }""", basePath: Path.Combine(folder.Path, "Recipes"));

        var step = sut.EvaluateStep(_recipe!.Steps[0], 0, "s");

        Assert.Equal("YWJj", step["Data"]!.GetValue<string>());
    }

    [Fact]
    public void EvaluateStep_MissingFile_IsLocatedAndNamed()
    {
        using var folder = new TempFolder();
        using var sut = Evaluator("""{ "name": "files", "steps": [ { "name": "x" }, { "name": "content", "Data": [ { "Html": "[file:text('Snippets/missing.html')]" } ] } ] }""", basePath: folder.Path);

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[1], 1, "content"));

        Assert.Equal(("files", 1, "content", "$.steps[1].Data[0].Html"), (error.RecipeName, error.StepIndex, error.StepName, error.JsonPath));
        Assert.Contains("Snippets/missing.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/hostname", "absolute")]
    [InlineData("../../outside.txt", "leads outside")]
    public void EvaluateStep_FilePathOutsideTheRecipe_IsRefused(string path, string reason)
    {
        using var folder = new TempFolder();
        using var sut = Evaluator($$"""{ "name": "r", "steps": [ { "name": "s", "A": "[file:text('{{path}}')]" } ] }""", basePath: Path.Combine(folder.Path, "Recipes"));

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateStep_FileInARecipeNotReadFromDisk_IsAClearError()
    {
        using var sut = Evaluator("""{ "name": "r", "steps": [ { "name": "s", "A": "[file:text('a.txt')]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => sut.EvaluateStep(_recipe!.Steps[0], 0, "s"));

        Assert.Contains("not read from a file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateStep_OrchardBlogRecipe_EvaluatesEveryStep()
    {
        var path = RecipeReaderTests.OrchardBlogRecipePath();

        _recipe = await new RecipeReader().ReadFileAsync(path, TestContext.Current.CancellationToken);
        var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["AdminUserId"] = "user-1", ["AdminUsername"] = "admin" };
        using var sut = new RecipeExpressionEvaluator(_recipe, new RecipeExecutionContext { Parameters = parameters }, null, new RecipeOptions(), TestContext.Current.CancellationToken);

        var steps = _recipe.Steps.Select((step, i) => sut.EvaluateStep(step, i, RecipeReader.GetStepName(step)!)).ToList();

        var blogId = steps[3]["HomeRoute"]!["ContentItemId"]!.GetValue<string>();
        var footer = steps[5]["Data"]!.AsArray().Single(item => item!["ContentType"]!.GetValue<string>() == "RawHtml")!;
        Assert.True(IdGenerator.IsValid(blogId));
        Assert.Equal(File.ReadAllText(Path.Combine(_recipe.BasePath!, "Snippets/footer.html")), footer["RawHtml"]!["Content"]!["Html"]!.GetValue<string>());
        Assert.Equal("admin", footer["Author"]!.GetValue<string>());
        Assert.Contains("ContentItem/BlogPost", steps[8]["Queries"]![0]!["Schema"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"Admin/Contents/ContentItems/{blogId}/Display", steps[9]["data"]![0]!["MenuItems"]![0]!["LinkUrl"]!.GetValue<string>());
    }

    private RecipeExpressionEvaluator Evaluator(string json, IReadOnlyDictionary<string, string?>? parameters = null, IConfiguration? configuration = null, string? basePath = null)
    {
        _recipe = new RecipeReader().Parse(json, basePath);
        var execution = new RecipeExecutionContext { Parameters = parameters ?? new Dictionary<string, string?>(StringComparer.Ordinal) };
        return new RecipeExpressionEvaluator(_recipe, execution, configuration, new RecipeOptions(), TestContext.Current.CancellationToken);
    }

    private static string Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}
