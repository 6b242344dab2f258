using Microsoft.Extensions.Options;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "recipes", "Values": [{"executionid": "...", "name": "other-recipe"}]}</c>: runs the
/// named recipes (found by the harvester) inside the running recipe's transaction, so a failure in
/// any of them stores nothing. Cycles and nesting deeper than the configured depth are refused.
/// </summary>
public sealed class RecipesStep(IRecipeHarvester harvester, IOptions<RecipeOptions> options) : IRecipeStepHandler
{
    public string StepName => "recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var executor = context.Executor
            ?? throw context.Error("$", "The recipes step needs the recipe executor; run it through IRecipeExecutor.");
        var (values, valuesPath) = StepJson.Array(context, context.Step, "$", "Values");
        if (values is null)
        {
            throw context.Error(valuesPath, "The recipes step has no 'Values' array.");
        }

        var chain = context.Execution.RecipeChain.Append(context.Recipe.Name).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            var (entry, entryPath) = StepJson.Element(context, values, valuesPath, i);
            var name = StepJson.RequiredString(context, entry, entryPath, "name");
            var namePath = RecipePaths.Property(entryPath, "name");
            if (chain.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw context.Error(namePath, $"Running '{name}' here would be a cycle ({string.Join(" → ", chain.Append(name))}).");
            }

            if (context.Execution.Depth + 1 > options.Value.MaxNestingDepth)
            {
                throw context.Error(namePath, $"Running '{name}' would nest recipes deeper than {options.Value.MaxNestingDepth} levels.");
            }

            var recipe = await harvester.FindAsync(name, ct)
                ?? throw context.Error(namePath, $"No recipe named '{name}' was found in the recipe folders.");
            var nested = new RecipeExecutionContext
            {
                Parameters = context.Execution.Parameters,
                Progress = context.Execution.Progress,
                Depth = context.Execution.Depth + 1,
                RecipeChain = chain,
            };

            var result = await executor.ExecuteAsync(recipe, nested, ct);
            foreach (var warning in result.Warnings)
            {
                context.Execution.Warn(warning);
            }
        }
    }
}
