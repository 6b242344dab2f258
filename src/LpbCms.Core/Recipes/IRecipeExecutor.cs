namespace LpbCms.Core.Recipes;

/// <summary>Runs recipes: all steps in one transaction, nothing stored when any step fails.</summary>
public interface IRecipeExecutor
{
    /// <exception cref="RecipeException">The recipe failed; nothing of it was stored.</exception>
    Task<RecipeResult> ExecuteAsync(RecipeDescriptor recipe, RecipeExecutionContext context, CancellationToken ct = default);
}
