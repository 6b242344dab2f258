using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>A parsed recipe file: its header and steps, and the folder its <c>[file:]</c> paths are relative to.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public string? Website { get; init; }

    public string? Version { get; init; }

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Unevaluated variables; evaluated lazily and cached for one run.</summary>
    public JsonObject Variables { get; init; } = [];

    public required IReadOnlyList<JsonObject> Steps { get; init; }

    /// <summary>The folder holding the recipe file; null for recipes not read from disk.</summary>
    public string? BasePath { get; init; }

    /// <summary>The file the recipe was read from, for messages.</summary>
    public string? FilePath { get; init; }
}
