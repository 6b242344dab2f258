using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>What a step handler gets: the step's JSON with expressions already evaluated, and where it comes from.</summary>
public sealed class RecipeStepContext
{
    public required RecipeDescriptor Recipe { get; init; }

    /// <summary>Zero-based index of the step in the recipe.</summary>
    public required int StepIndex { get; init; }

    public required string StepName { get; init; }

    public required JsonObject Step { get; init; }

    public required RecipeExecutionContext Execution { get; init; }

    /// <summary>
    /// The executor running this step, for steps that run other recipes inside the same
    /// transaction (the <c>recipes</c> step); null when a step is run outside an executor.
    /// </summary>
    public IRecipeExecutor? Executor { get; init; }

    /// <summary>Creates a <see cref="RecipeException"/> located at this step and <paramref name="jsonPath"/> (relative to the step).</summary>
    public RecipeException Error(string jsonPath, string message, Exception? inner = null) =>
        new(Recipe.Name, StepIndex, StepName, RecipePaths.Combine($"$.steps[{StepIndex}]", jsonPath), message, inner);
}
