using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using LpbCms.Core.Contents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpbCms.Core.Recipes.Expressions;

/// <summary>
/// Evaluates the expressions of one recipe run: a JSON string that is entirely <c>[js: …]</c> or
/// <c>[file: …]</c> is replaced by its result. Steps are evaluated on a copy, just before they run,
/// so values set by earlier steps (e.g. parameters) are seen. Variables are evaluated on first use
/// and cached for the run. Results are not evaluated again, so text that merely looks like an
/// expression (from a file, say) stays as it is.
/// </summary>
internal sealed partial class RecipeExpressionEvaluator : IDisposable
{
    private readonly RecipeDescriptor _recipe;
    private readonly RecipeExecutionContext _execution;
    private readonly IConfiguration? _configuration;
    private readonly RecipeOptions _options;
    private readonly CancellationToken _ct;
    private readonly ILogger _logger;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _variablesInProgress = new(StringComparer.Ordinal);
    private Engine? _engine;
    private int? _stepIndex;
    private string? _stepName;

    // The JSON path of the expression being evaluated, for warnings raised by the functions it calls.
    private Func<string>? _expressionPath;

    public RecipeExpressionEvaluator(RecipeDescriptor recipe, RecipeExecutionContext execution, IConfiguration? configuration, RecipeOptions options, CancellationToken ct, ILogger? logger = null)
    {
        _recipe = recipe;
        _execution = execution;
        _configuration = configuration;
        _options = options;
        _ct = ct;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>An evaluated copy of the step; the recipe's own JSON is left unchanged.</summary>
    /// <exception cref="RecipeException">An expression failed; located at its JSON path.</exception>
    public JsonObject EvaluateStep(JsonObject step, int stepIndex, string stepName)
    {
        _stepIndex = stepIndex;
        _stepName = stepName;
        var copy = step.DeepClone().AsObject();
        EvaluateTree(copy, $"$.steps[{stepIndex}]", () => _engine ??= CreateEngine());
        return copy;
    }

    public void Dispose() => _engine?.Dispose();

    private JsonNode? EvaluateTree(JsonNode? node, string basePath, Func<Engine> engine)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[key];
                    var result = EvaluateTree(child, basePath, engine);
                    if (!ReferenceEquals(child, result))
                    {
                        obj[key] = result;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    var result = EvaluateTree(child, basePath, engine);
                    if (!ReferenceEquals(child, result))
                    {
                        array[i] = result;
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && ExpressionPattern().Match(text) is { Success: true } match:
                return EvaluateExpression(match, text, () => RecipePaths.Combine(basePath, value.GetPath()), engine);
            default:
                return node;
        }
    }

    private JsonNode? EvaluateExpression(Match match, string text, Func<string> path, Func<Engine> engine)
    {
        var body = match.Groups["body"].Value;
        var outerPath = _expressionPath;
        _expressionPath = path;
        try
        {
            if (match.Groups["kind"].Value.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                return JsonValue.Create(RecipeFileExpression.Evaluate(body, _recipe.BasePath));
            }

            var jint = engine();
            return JintJsonConverter.ToJson(jint, jint.Evaluate(body));
        }
        catch (RecipeException)
        {
            throw;
        }
        catch (Exception ex) when (_ct.IsCancellationRequested && ex is OperationCanceledException or ExecutionCanceledException)
        {
            throw new OperationCanceledException("The recipe was canceled.", ex, _ct);
        }
        catch (Exception ex)
        {
            throw new RecipeException(_recipe.Name, _stepIndex, _stepName, path(), $"The expression {Shorten(text)} failed: {Explain(ex)}", ex);
        }
        finally
        {
            // Variables are evaluated inside another expression; its path applies again afterwards.
            _expressionPath = outerPath;
        }
    }

    /// <summary><c>variables(name)</c>: evaluated on first use (a variable may itself be an expression), then cached.</summary>
    private JsValue GetVariable(Engine caller, string name)
    {
        if (!_variables.TryGetValue(name, out var value))
        {
            var declared = RecipeJson.Get(_recipe.Variables, name) is { } node
                ? node
                : throw new KeyNotFoundException($"The recipe has no variable '{name}'.");
            if (!_variablesInProgress.Add(name))
            {
                throw new InvalidOperationException($"The variable '{name}' refers to itself.");
            }

            try
            {
                // A fresh engine: this call happens inside another expression, whose engine is busy.
                using var own = CreateEngine();
                value = EvaluateTree(declared.DeepClone(), RecipePaths.Property("$.variables", name), () => own);
                _variables[name] = value;
            }
            finally
            {
                _variablesInProgress.Remove(name);
            }
        }

        return JintJsonConverter.ToJs(caller, value);
    }

    private string? GetParameter(string name)
    {
        if (_execution.Parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        return _execution.Parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private Engine CreateEngine()
    {
        var engine = new Engine(options => options
            .TimeoutInterval(_options.ScriptTimeout)
            .LimitMemory(_options.ScriptMemoryLimitBytes)
            .LimitRecursion(_options.ScriptMaxRecursionDepth)
            .MaxStatements(_options.ScriptMaxStatements)
            .CancellationToken(_ct));
        engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        engine.SetValue("variables", new Func<string, JsValue>(name => GetVariable(engine, name)));
        engine.SetValue("parameters", new Func<string, string?>(GetParameter));
        engine.SetValue("configuration", new Func<string, object?, object?>((key, fallback) => _configuration?[key] ?? fallback));
        engine.SetValue("base64", new Func<string, string>(RecipeScriptFunctions.Base64));
        engine.SetValue("html", new Func<string, string>(RecipeScriptFunctions.Html));
        engine.SetValue("gzip", new Func<string, string>(RecipeScriptFunctions.Gzip));
        engine.SetValue("getUrlPrefix", new Func<string?, bool?, string>((path, escaped) => UrlPrefix.Build(_execution.PathBase, path, escaped)));
        engine.SetValue("tenantname", new Func<string>(() => RecipeExecutionContext.TenantName));
        engine.SetValue("log", new Action<string?, string?, object?>(Log));
        foreach (var (name, module) in OrchardFunctionsWithoutCounterpart.Modules)
        {
            engine.SetValue(name, new ClrFunction(engine, name, (_, _) => Missing(name, module)));
        }

        return engine;
    }

    /// <summary>A function of an Orchard module LpbCms lacks: an empty value and a warning saying where.</summary>
    private JsString Missing(string name, string module)
    {
        var path = _expressionPath?.Invoke() ?? "$";
        var message = $"Recipe '{_recipe.Name}': step {_stepIndex} ('{_stepName}') at {path}: the function '{name}' of Orchard's {module} module has no counterpart in LpbCms; it evaluated to an empty value.";
        _logger.LogWarning("Recipe {Recipe}: step {Index} ({Step}) at {Path}: the function {Function} of Orchard's {Module} module has no counterpart; it evaluated to an empty value.", _recipe.Name, _stepIndex, _stepName, path, name, module);
        _execution.Warn(message);
        return JsString.Empty;
    }

    /// <summary><c>log(level, text, param)</c>: Orchard's generic logging function, at the named level (Information when unknown).</summary>
    private void Log(string? level, string? text, object? param)
    {
        var logLevel = Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogLevel.Information;
        _logger.Log(logLevel, "Recipe {Recipe} logs: {Text} {Param}", _recipe.Name, text, param);
    }

    private string Explain(Exception ex) => ex switch
    {
        TimeoutException => $"it ran longer than {_options.ScriptTimeout.TotalSeconds:0.###} s.",
        MemoryLimitExceededException => $"it used more than {_options.ScriptMemoryLimitBytes / 1024} KB of memory.",
        RecursionDepthOverflowException => $"it nested calls deeper than {_options.ScriptMaxRecursionDepth}.",
        StatementsCountOverflowException => $"it ran more than {_options.ScriptMaxStatements} statements.",
        _ => ex.Message,
    };

    private static string Shorten(string text) => text.Length <= 80 ? $"'{text}'" : $"'{text[..77]}...'";

    [GeneratedRegex("""^\[(?<kind>js|file):(?<body>.*)\]$""", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExpressionPattern();
}
