using LpbCms.Core.Contents;
using LpbCms.Core.Recipes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    private readonly RecordingUnitOfWork _unitOfWork = new();

    [Fact]
    public async Task ExecuteAsync_KnownSteps_RunInOrderInOneCommittedTransaction()
    {
        var order = new List<string>();
        var sut = Executor(
            new RecordingStepHandler("first", _ => Record(order, "first")),
            new RecordingStepHandler("Second", _ => Record(order, "second")));

        var result = await sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "FIRST" }, { "name": "second" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken);

        Assert.Equal(["first", "second"], order);
        Assert.Equal(["begin", "commit"], _unitOfWork.Events);
        Assert.Equal(2, result.StepsExecuted);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownSteps_AreSkippedWithAWarning()
    {
        var sut = Executor(new RecordingStepHandler("known"));

        var result = await sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "layers" }, { "name": "known" }, { "name": "AdminMenu" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken);

        Assert.Equal(["layers", "AdminMenu"], result.SkippedSteps);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Contains("step 0 ('layers') was skipped", result.Warnings[0], StringComparison.Ordinal);
        Assert.Equal(1, result.StepsExecuted);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownStepWhenSkippingIsOff_IsAnErrorAndRollsBack()
    {
        var sut = new RecipeExecutor([new RecordingStepHandler("known")], _unitOfWork, Options.Create(new RecipeOptions { SkipUnknownSteps = false }), NullLogger<RecipeExecutor>.Instance);

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "known" }, { "name": "layers" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken));

        Assert.Equal((1, "layers", "$.steps[1].name"), (error.StepIndex, error.StepName, error.JsonPath));
        Assert.Equal(["begin", "rollback"], _unitOfWork.Events);
    }

    [Fact]
    public async Task ExecuteAsync_FailingStep_RollsBackAndLocatesTheStep()
    {
        var sut = Executor(
            new RecordingStepHandler("ok"),
            new RecordingStepHandler("broken", _ => throw new InvalidOperationException("kapot")));

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "ok" }, { "name": "ok" }, { "name": "broken" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken));

        Assert.Equal(("r", 2, "broken", "$.steps[2]"), (error.RecipeName, error.StepIndex, error.StepName, error.JsonPath));
        Assert.Contains("kapot", error.Message, StringComparison.Ordinal);
        Assert.Equal(["begin", "rollback"], _unitOfWork.Events);
    }

    [Fact]
    public async Task ExecuteAsync_StepThrowingALocatedError_KeepsItsLocation()
    {
        var sut = Executor(new RecordingStepHandler("content", context => throw context.Error("Data[3].TitlePart", "te lang")));

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "content" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken));

        Assert.Equal("$.steps[0].Data[3].TitlePart", error.JsonPath);
    }

    [Fact]
    public async Task ExecuteAsync_FailingExpression_RollsBackAndNamesThePath()
    {
        var handler = new RecordingStepHandler("content");
        var sut = Executor(handler);

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "content" }, { "name": "content", "Data": [ { "DisplayText": "[js: throw new Error('nee')]" } ] } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken));

        Assert.Equal((1, "$.steps[1].Data[0].DisplayText"), (error.StepIndex, error.JsonPath));
        Assert.Single(handler.Steps);
        Assert.Equal(["begin", "rollback"], _unitOfWork.Events);
    }

    [Fact]
    public async Task ExecuteAsync_ParametersSetByAnEarlierStep_AreSeenByLaterExpressions()
    {
        var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var later = new RecordingStepHandler("later");
        var sut = Executor(new RecordingStepHandler("earlier", _ => Set(parameters, "AdminUserId", "user-1")), later);

        await sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "earlier" }, { "name": "later", "Owner": "[js: parameters('AdminUserId')]" } ] }"""), new RecipeExecutionContext { Parameters = parameters }, TestContext.Current.CancellationToken);

        Assert.Equal("user-1", later.Steps[0]["Owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExecuteAsync_Always_ReportsEachStepAsItStarts()
    {
        var reports = new List<RecipeProgress>();
        var sut = Executor(new RecordingStepHandler("a"));

        await sut.ExecuteAsync(Parse("""{ "name": "r", "steps": [ { "name": "a" }, { "name": "a" } ] }"""), new RecipeExecutionContext { Progress = new SynchronousProgress(reports) }, TestContext.Current.CancellationToken);

        Assert.Equal([new RecipeProgress(0, "a", 0, 0), new RecipeProgress(1, "a", 0, 0)], reports);
    }

    [Fact]
    public async Task ExecuteAsync_RecipeAlreadyInTheChain_IsRefused()
    {
        var sut = Executor();

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "loop", "steps": [] }"""), new RecipeExecutionContext { Depth = 1, RecipeChain = ["loop"] }, TestContext.Current.CancellationToken));

        Assert.Contains("loop → loop", error.Message, StringComparison.Ordinal);
        Assert.Empty(_unitOfWork.Events);
    }

    [Fact]
    public async Task ExecuteAsync_NestedTooDeep_IsRefused()
    {
        var sut = Executor();

        var error = await Assert.ThrowsAsync<RecipeException>(() => sut.ExecuteAsync(Parse("""{ "name": "deep", "steps": [] }"""), new RecipeExecutionContext { Depth = 6 }, TestContext.Current.CancellationToken));

        Assert.Contains("deeper than 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_VariablesAcrossSteps_AreEvaluatedOnceForTheRun()
    {
        var handler = new RecordingStepHandler("s");
        var sut = Executor(handler);

        await sut.ExecuteAsync(Parse("""{ "name": "r", "variables": { "id": "[js: uuid()]" }, "steps": [ { "name": "s", "Id": "[js: variables('id')]" }, { "name": "s", "Id": "[js: variables('id')]" } ] }"""), new RecipeExecutionContext(), TestContext.Current.CancellationToken);

        Assert.True(IdGenerator.IsValid(handler.Steps[0]["Id"]!.GetValue<string>()));
        Assert.Equal(handler.Steps[0]["Id"]!.GetValue<string>(), handler.Steps[1]["Id"]!.GetValue<string>());
    }

    private RecipeExecutor Executor(params IRecipeStepHandler[] handlers) =>
        new(handlers, _unitOfWork, Options.Create(new RecipeOptions()), NullLogger<RecipeExecutor>.Instance);

    private static RecipeDescriptor Parse(string json) => new RecipeReader().Parse(json, null);

    private static Task Record(List<string> order, string name)
    {
        order.Add(name);
        return Task.CompletedTask;
    }

    private static Task Set(Dictionary<string, string?> parameters, string key, string value)
    {
        parameters[key] = value;
        return Task.CompletedTask;
    }

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; tests need the reports in order, at once.</summary>
    private sealed class SynchronousProgress(List<RecipeProgress> reports) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => reports.Add(value);
    }
}
