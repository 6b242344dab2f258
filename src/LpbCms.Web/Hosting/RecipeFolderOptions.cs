namespace LpbCms.Web.Hosting;

/// <summary>Where recipes are looked up by name (<c>LpbCms:Recipes</c>).</summary>
public sealed class RecipeFolderOptions
{
    /// <summary>
    /// Folders searched for <c>*.recipe.json</c>, in order. Configured entries (relative to the
    /// content root) come first; the repository's <c>recipes/</c> folder (or the copy beside the
    /// application) is added after them.
    /// </summary>
    public IList<string> Folders { get; init; } = [];
}
