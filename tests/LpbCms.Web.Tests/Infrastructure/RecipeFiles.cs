namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>Recipe files the tests use, from the build output (copied there from the repository).</summary>
public static class RecipeFiles
{
    /// <summary>recipes/lpb-site.recipe.json, copied beside the host by its project.</summary>
    public static string LpbSite => Existing(Path.Combine(AppContext.BaseDirectory, "recipes", "lpb-site.recipe.json"));

    /// <summary>The folder holding Orchard's stock blog recipe (Compat/TheBlogTheme/Recipes).</summary>
    public static string OrchardBlogFolder => Path.GetDirectoryName(OrchardBlog)!;

    public static string OrchardBlog => Existing(Path.Combine(AppContext.BaseDirectory, "Compat", "TheBlogTheme", "Recipes", "blog.recipe.json"));

    /// <summary>A file of Orchard's stock recipes under Compat/, by its path there (e.g. <c>TheTheme/Recipes/saas.recipe.json</c>).</summary>
    public static string Orchard(string relativePath) => Existing(Path.Combine(AppContext.BaseDirectory, "Compat", relativePath));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"The test recipe {path} is missing from the build output.", path);
}
