namespace LpbCms.Core.Recipes;

/// <summary>State of one recipe run, shared by its steps and nested recipes.</summary>
public sealed class RecipeExecutionContext
{
    private readonly List<string> _warnings = [];

    /// <summary>Values for <c>parameters(name)</c>: SiteName, AdminUserId, AdminUsername, AdminEmail.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Reports progress (e.g. items imported) for long steps; may be null.</summary>
    public IProgress<RecipeProgress>? Progress { get; init; }

    /// <summary>Nesting depth of <c>recipes</c> steps, to refuse cycles.</summary>
    public int Depth { get; init; }

    /// <summary>Names of the recipes whose <c>recipes</c> steps led to this run, outermost first, to refuse cycles.</summary>
    public IReadOnlyList<string> RecipeChain { get; init; } = [];

    public void Warn(string message) => _warnings.Add(message);
}
