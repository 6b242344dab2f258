namespace LpbCms.Core.Recipes;

/// <summary>Outcome of a successful run: steps executed, steps skipped, warnings.</summary>
public sealed record RecipeResult(string RecipeName, int StepsExecuted, IReadOnlyList<string> SkippedSteps, IReadOnlyList<string> Warnings, TimeSpan Duration);
