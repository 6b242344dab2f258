namespace LpbCms.Core.Recipes;

/// <summary>Parses recipe files leniently (comments, trailing commas, case-insensitive keys).</summary>
public interface IRecipeReader
{
    /// <exception cref="RecipeException">The file is missing or not a valid recipe; the message says where.</exception>
    Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken ct = default);

    RecipeDescriptor Parse(string json, string? basePath, string? filePath = null);
}
