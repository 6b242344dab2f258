namespace LpbCms.Core.Recipes;

/// <summary>Executes recipe steps of one name (matched case-insensitively). Modules register these.</summary>
public interface IRecipeStepHandler
{
    /// <summary>The step name, e.g. <c>content</c> or <c>ContentDefinition</c>.</summary>
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default);
}
