namespace LpbCms.Core.Recipes;

/// <summary>Finds recipes by name in the configured recipe folders (for setup and the <c>recipes</c> step).</summary>
public interface IRecipeHarvester
{
    Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken ct = default);

    Task<RecipeDescriptor?> FindAsync(string name, CancellationToken ct = default);
}
