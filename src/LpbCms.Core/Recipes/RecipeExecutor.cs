using System.Diagnostics;
using System.Text.Json.Nodes;
using LpbCms.Core.Recipes.Expressions;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in order inside one transaction (joining an outer one, so nested recipes
/// share it): when any step fails, the transaction is rolled back and a <see cref="RecipeException"/>
/// names the recipe, step and JSON path. Steps that no handler handles are skipped with a warning,
/// as Orchard skips them. Each step's expressions are evaluated just before it runs.
/// Progress: one report as each step starts (Done and Total 0); long steps report more themselves.
/// </summary>
public sealed class RecipeExecutor : IRecipeExecutor
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers;
    private readonly IUnitOfWork _unitOfWork;
    private readonly RecipeOptions _options;
    private readonly IConfiguration? _configuration;
    private readonly ILogger<RecipeExecutor> _logger;

    public RecipeExecutor(
        IEnumerable<IRecipeStepHandler> handlers,
        IUnitOfWork unitOfWork,
        IOptions<RecipeOptions> options,
        ILogger<RecipeExecutor> logger,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(options);

        // A later registration replaces an earlier one for the same step, as DI does for single services.
        _handlers = new Dictionary<string, IRecipeStepHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            _handlers[handler.StepName] = handler;
        }

        _unitOfWork = unitOfWork;
        _options = options.Value;
        _configuration = configuration;
        _logger = logger;
    }

    public async Task<RecipeResult> ExecuteAsync(RecipeDescriptor recipe, RecipeExecutionContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(context);
        RefuseRunawayNesting(recipe, context);

        var stopwatch = Stopwatch.StartNew();
        _logger.LogInformation("Running recipe {Recipe} ({StepCount} steps, from {File}).", recipe.Name, recipe.Steps.Count, recipe.FilePath ?? "memory");
        var skipped = new List<string>();
        var executed = 0;

        await using var transaction = await _unitOfWork.BeginAsync(ct);
        using var evaluator = new RecipeExpressionEvaluator(recipe, context, _configuration, _options, ct, _logger);
        try
        {
            for (var index = 0; index < recipe.Steps.Count; index++)
            {
                ct.ThrowIfCancellationRequested();
                var step = recipe.Steps[index];
                var name = RecipeReader.GetStepName(step)
                    ?? throw new RecipeException(recipe.Name, index, null, $"$.steps[{index}].name", "The step has no 'name' text.");
                if (!_handlers.TryGetValue(name, out var handler))
                {
                    Skip(recipe, context, index, name);
                    skipped.Add(name);
                    continue;
                }

                context.Progress?.Report(new RecipeProgress(index, name, 0, 0));
                await RunStepAsync(handler, recipe, context, evaluator.EvaluateStep(step, index, name), index, name, ct);
                executed++;
            }

            await transaction.CommitAsync(ct);
        }
        catch (Exception ex)
        {
            await RollBackAsync(transaction, recipe, ex);
            throw;
        }

        stopwatch.Stop();
        _logger.LogInformation("Recipe {Recipe} finished in {Duration} ms: {Executed} steps run, {Skipped} skipped.", recipe.Name, stopwatch.ElapsedMilliseconds, executed, skipped.Count);
        return new RecipeResult(recipe.Name, executed, skipped, context.Warnings.ToList(), stopwatch.Elapsed);
    }

    private async Task RunStepAsync(IRecipeStepHandler handler, RecipeDescriptor recipe, RecipeExecutionContext context, JsonObject step, int index, string name, CancellationToken ct)
    {
        var stepContext = new RecipeStepContext
        {
            Recipe = recipe,
            StepIndex = index,
            StepName = name,
            Step = step,
            Execution = context,
            Executor = this,
        };

        var started = Stopwatch.GetTimestamp();
        try
        {
            await handler.ExecuteAsync(stepContext, ct);
        }
        catch (RecipeException ex) when (ex.StepIndex is not null)
        {
            // Already located (by the step, or by a nested recipe); keep its location.
            throw;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var detail = ex is RecipeException located ? located.Detail : $"{ex.GetType().Name}: {ex.Message}";
            throw stepContext.Error("$", detail, ex);
        }

        _logger.LogDebug("Recipe {Recipe} step {Index} ({Step}) done in {Duration} ms.", recipe.Name, index, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private void Skip(RecipeDescriptor recipe, RecipeExecutionContext context, int index, string name)
    {
        if (!_options.SkipUnknownSteps)
        {
            throw new RecipeException(recipe.Name, index, name, $"$.steps[{index}].name", $"No module handles '{name}' steps.");
        }

        var message = $"Recipe '{recipe.Name}': step {index} ('{name}') was skipped; no module handles '{name}' steps.";
        _logger.LogWarning("Recipe {Recipe}: step {Index} ({Step}) was skipped; no module handles it.", recipe.Name, index, name);
        context.Warn(message);
    }

    private void RefuseRunawayNesting(RecipeDescriptor recipe, RecipeExecutionContext context)
    {
        if (context.RecipeChain.Contains(recipe.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new RecipeException(recipe.Name, null, null, "$", $"The recipe runs itself through its recipes steps ({string.Join(" → ", context.RecipeChain.Append(recipe.Name))}).");
        }

        if (context.Depth > _options.MaxNestingDepth)
        {
            throw new RecipeException(recipe.Name, null, null, "$", $"Recipes are nested deeper than {_options.MaxNestingDepth} levels ({string.Join(" → ", context.RecipeChain.Append(recipe.Name))}).");
        }
    }

    private async Task RollBackAsync(ITransaction transaction, RecipeDescriptor recipe, Exception cause)
    {
        _logger.LogError(cause is RecipeException ? null : cause, "Recipe {Recipe} failed; nothing of it is stored: {Message}", recipe.Name, cause.Message);
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // The original failure is what the caller must see; a failing rollback is only logged.
        catch (Exception rollbackError)
#pragma warning restore CA1031
        {
            _logger.LogError(rollbackError, "Rolling back recipe {Recipe} failed.", recipe.Name);
        }
    }
}
