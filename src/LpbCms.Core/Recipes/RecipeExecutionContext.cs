namespace LpbCms.Core.Recipes;

/// <summary>State of one recipe run, shared by its steps and nested recipes.</summary>
public sealed class RecipeExecutionContext
{
    private readonly List<string> _warnings = [];

    /// <summary>Values for <c>parameters(name)</c>: SiteName, AdminUserId, AdminUsername, AdminEmail.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>What <c>tenantname()</c> gives: LpbCms runs one site, Orchard's default tenant.</summary>
    public const string TenantName = "Default";

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// The site's path base (e.g. <c>/lpb</c>) for <c>getUrlPrefix()</c>; null or empty when the site
    /// runs at the root, as it does when a recipe runs at setup or from the command line.
    /// </summary>
    public string? PathBase { get; init; }

    /// <summary>Reports progress (e.g. items imported) for long steps; may be null.</summary>
    public IProgress<RecipeProgress>? Progress { get; init; }

    /// <summary>Nesting depth of <c>recipes</c> steps, to refuse cycles.</summary>
    public int Depth { get; init; }

    /// <summary>Names of the recipes whose <c>recipes</c> steps led to this run, outermost first, to refuse cycles.</summary>
    public IReadOnlyList<string> RecipeChain { get; init; } = [];

    public void Warn(string message) => _warnings.Add(message);
}
