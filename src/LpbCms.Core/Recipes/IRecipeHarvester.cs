namespace LpbCms.Core.Recipes;

/// <summary>Finds recipes by name in the configured recipe folders (for setup and the <c>recipes</c> step).</summary>
public interface IRecipeHarvester
{
    Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken ct = default);

    Task<RecipeDescriptor?> FindAsync(string name, CancellationToken ct = default);

    /// <summary>
    /// Finds a recipe by name among the <c>*.recipe.json</c> files directly in
    /// <paramref name="nearbyFolders"/> (the running recipe's own folder, as Orchard finds a
    /// theme's recipes beside each other) first, then in the configured folders.
    /// </summary>
    Task<RecipeDescriptor?> FindAsync(string name, IReadOnlyList<string> nearbyFolders, CancellationToken ct = default);
}
