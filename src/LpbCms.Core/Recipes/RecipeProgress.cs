namespace LpbCms.Core.Recipes;

/// <summary>Progress of a recipe run: which step, and how far within it.</summary>
public sealed record RecipeProgress(int StepIndex, string StepName, int Done, int Total);
