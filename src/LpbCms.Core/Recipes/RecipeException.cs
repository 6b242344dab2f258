namespace LpbCms.Core.Recipes;

/// <summary>A recipe failed; names the recipe, the step's index and name, and the JSON path at fault.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string recipeName, int? stepIndex, string? stepName, string jsonPath, string detail, Exception? innerException = null)
        : base(Format(recipeName, stepIndex, stepName, jsonPath, detail), innerException)
    {
        RecipeName = recipeName;
        StepIndex = stepIndex;
        StepName = stepName;
        JsonPath = jsonPath;
        Detail = detail;
    }

    public RecipeException()
        : this("", null, null, "$", "The recipe failed.")
    {
    }

    public RecipeException(string message)
        : this("", null, null, "$", message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : this("", null, null, "$", message, innerException)
    {
    }

    public string RecipeName { get; }

    public int? StepIndex { get; }

    public string? StepName { get; }

    public string JsonPath { get; }

    public string Detail { get; }

    private static string Format(string recipe, int? stepIndex, string? stepName, string path, string detail) =>
        stepIndex is null
            ? $"Recipe '{recipe}' failed at {path}: {detail}"
            : $"Recipe '{recipe}' failed in step {stepIndex} ('{stepName}') at {path}: {detail}";
}
