namespace LpbCms.Core.Recipes;

/// <summary>Where recipes are found and how far their <c>[js:]</c> expressions may go. Bound by the host.</summary>
public sealed class RecipeOptions
{
    /// <summary>Folders searched (with sub-folders) for <c>*.recipe.json</c> files.</summary>
    public IList<string> Folders { get; } = [];

    /// <summary>
    /// Steps no module handles (Orchard's <c>layers</c>, <c>queries</c>, ...) are skipped with a warning,
    /// as Orchard skips them; false makes them an error instead.
    /// </summary>
    public bool SkipUnknownSteps { get; set; } = true;

    /// <summary>Longest time one expression may run.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Most memory one expression may allocate.</summary>
    public long ScriptMemoryLimitBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Deepest JavaScript call depth.</summary>
    public int ScriptMaxRecursionDepth { get; set; } = 64;

    /// <summary>Most JavaScript statements one expression may execute.</summary>
    public int ScriptMaxStatements { get; set; } = 10_000;

    /// <summary>How deep <c>recipes</c> steps may nest recipes in recipes.</summary>
    public int MaxNestingDepth { get; set; } = 5;
}
