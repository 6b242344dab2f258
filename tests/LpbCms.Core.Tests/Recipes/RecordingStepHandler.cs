using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;

namespace LpbCms.Core.Tests.Recipes;

/// <summary>A step handler that records the steps it gets and runs an optional action.</summary>
internal sealed class RecordingStepHandler(string stepName, Func<RecipeStepContext, Task>? action = null) : IRecipeStepHandler
{
    public List<JsonObject> Steps { get; } = [];

    public string StepName => stepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        Steps.Add(context.Step);
        if (action is not null)
        {
            await action(context);
        }
    }
}
