using LpbCms.Core.Recipes;
using LpbCms.Core.Recipes.Expressions;

namespace LpbCms.Core.Tests.Recipes;

/// <summary>Orchard's scripting functions beyond the recipe basics: Contents' URL helper, the tenant name, and functions of modules LpbCms lacks.</summary>
public sealed class OrchardScriptFunctionTests
{
    [Theory]
    [InlineData(null, "[js: getUrlPrefix()]", "/")]
    [InlineData(null, "[js: getUrlPrefix('')]", "/")]
    [InlineData(null, "[js: getUrlPrefix('/workflows/invoke/abc')]", "/workflows/invoke/abc")]
    [InlineData(null, "[js: getUrlPrefix(' blog/ ')]", "/blog")]
    [InlineData("/lpb", "[js: getUrlPrefix()]", "/lpb")]
    [InlineData("/lpb", "[js: getUrlPrefix('/workflows/invoke/abc')]", "/lpb/workflows/invoke/abc")]
    [InlineData(null, "[js: getUrlPrefix('/zoek/a b', true)]", "/zoek/a%20b")]
    [InlineData(null, "[js: getUrlPrefix('/zoek/a b', false)]", "/zoek/a b")]
    [InlineData(null, "[js: getUrlPrefix('/café/%20x', true)]", "/caf%C3%A9/%20x")]
    public void GetUrlPrefix_AsOrchard_PrefixesThePathBase(string? pathBase, string expression, string expected)
    {
        var (step, warnings) = Evaluate($$"""{ "name": "r", "steps": [ { "name": "s", "Url": "{{expression}}" } ] }""", pathBase);

        Assert.Equal(expected, step["Url"]!.GetValue<string>());
        Assert.Empty(warnings);
    }

    [Fact]
    public void TenantName_SingleSite_IsOrchardsDefaultTenant()
    {
        var (step, _) = Evaluate("""{ "name": "r", "steps": [ { "name": "s", "Tenant": "[js: tenantname()]" } ] }""");

        Assert.Equal("Default", step["Tenant"]!.GetValue<string>());
    }

    [Fact]
    public void FunctionOfModuleWithoutCounterpart_EvaluatesEmptyAndWarnsWithFunctionStepAndPath()
    {
        var (step, warnings) = Evaluate("""
            { "name": "coming", "steps": [ { "name": "x" }, { "name": "content", "data": [ { "Form": { "Action": "[js: getUrlPrefix('/workflows/invoke/' + encodeURI(createWorkflowToken('type-1', 'activity-1')))]" } } ] } ] }
            """, stepIndex: 1);

        Assert.Equal("/workflows/invoke", step["data"]![0]!["Form"]!["Action"]!.GetValue<string>());
        var warning = Assert.Single(warnings);
        Assert.Contains("'createWorkflowToken'", warning, StringComparison.Ordinal);
        Assert.Contains("OrchardCore.Workflows.Http", warning, StringComparison.Ordinal);
        Assert.Contains("step 1 ('content')", warning, StringComparison.Ordinal);
        Assert.Contains("$.steps[1].data[0].Form.Action", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionOfModuleWithoutCounterpart_InAVariable_WarnsAtTheVariable()
    {
        var (step, warnings) = Evaluate("""
            { "name": "r", "variables": { "token": "[js: createWorkflowToken('t', 'a', 7)]" }, "steps": [ { "name": "s", "X": "[js: 'token=' + variables('token')]" } ] }
            """);

        Assert.Equal("token=", step["X"]!.GetValue<string>());
        Assert.Contains("$.variables.token", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFunctionThatOrchardDoesNotHave_IsStillAnError()
    {
        var error = Assert.Throws<RecipeException>(() => Evaluate("""{ "name": "r", "steps": [ { "name": "s", "X": "[js: creatWorkflowTokn('t')]" } ] }"""));

        Assert.Equal("$.steps[0].X", error.JsonPath);
        Assert.Contains("creatWorkflowTokn", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "/")]
    [InlineData("", "/", "/")]
    [InlineData("/", "a", "/a")]
    [InlineData("/base/", "/a/", "/base/a")]
    public void UrlPrefixBuild_JoinsWithOneSlash(string? pathBase, string? path, string expected)
    {
        Assert.Equal(expected, UrlPrefix.Build(pathBase, path, escaped: null));
    }

    private static (System.Text.Json.Nodes.JsonObject Step, IReadOnlyList<string> Warnings) Evaluate(string json, string? pathBase = null, int stepIndex = 0)
    {
        var recipe = new RecipeReader().Parse(json, basePath: null);
        var execution = new RecipeExecutionContext { PathBase = pathBase };
        using var evaluator = new RecipeExpressionEvaluator(recipe, execution, null, new RecipeOptions(), TestContext.Current.CancellationToken);
        var step = evaluator.EvaluateStep(recipe.Steps[stepIndex], stepIndex, RecipeReader.GetStepName(recipe.Steps[stepIndex])!);
        return (step, execution.Warnings);
    }
}
