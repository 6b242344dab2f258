using System.Globalization;
using LpbCms.Core.Recipes;

namespace LpbCms.Web.Commands;

/// <summary>
/// Writes recipe progress as it happens (synchronously, so lines keep their order): a line when
/// a step starts and one every <see cref="ItemInterval"/> items of a long step.
/// </summary>
public sealed class ConsoleRecipeProgress(TextWriter output) : IProgress<RecipeProgress>
{
    public const int ItemInterval = 500;

    private int _currentStep = -1;

    public void Report(RecipeProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StepIndex != _currentStep)
        {
            _currentStep = value.StepIndex;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  step {value.StepIndex} '{value.StepName}'{Items(value.Total)}"));
        }

        if (value.Done > 0 && (value.Done % ItemInterval == 0 || (value.Done == value.Total && value.Total >= ItemInterval)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {value.Done}/{value.Total} items"));
        }
    }

    private static string Items(int total) =>
        total > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({total} items)") : "";
}
