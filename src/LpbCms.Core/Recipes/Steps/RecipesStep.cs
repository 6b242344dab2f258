using Microsoft.Extensions.Options;

namespace LpbCms.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "recipes", "Values": [{"executionid": "...", "name": "other-recipe"}]}</c>: runs the
/// named recipes inside the running recipe's transaction, so a failure in any of them stores
/// nothing. A name is looked up beside the running recipe first (Orchard's add-on recipes name
/// their siblings, e.g. <c>Blog.SQL.Search</c>), then in the configured folders. Cycles and nesting
/// deeper than the configured depth are refused.
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
        IReadOnlyList<string> nearby = context.Recipe.BasePath is { } basePath ? [basePath] : [];
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

            var recipe = await harvester.FindAsync(name, nearby, ct)
                ?? throw context.Error(namePath, NotFound(name, nearby));
            var nested = new RecipeExecutionContext
            {
                Parameters = context.Execution.Parameters,
                PathBase = context.Execution.PathBase,
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

    private static string NotFound(string name, IReadOnlyList<string> nearby) => nearby.Count > 0
        ? $"No recipe named '{name}' was found beside this recipe ({nearby[0]}) or in the recipe folders."
        : $"No recipe named '{name}' was found in the recipe folders.";
}
