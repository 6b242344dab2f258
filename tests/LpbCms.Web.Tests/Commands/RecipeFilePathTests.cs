using LpbCms.Web.Commands;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Commands;

public sealed class RecipeFilePathTests
{
    [Fact]
    public void Resolve_RelativeFileOnlyInShellDirectory_UsesShellDirectory()
    {
        using var project = new TestFolder();
        using var shell = new TestFolder();
        File.WriteAllText(Path.Combine(shell.Path, "site.recipe.json"), "{}");

        var sut = RecipeFilePath.Resolve("site.recipe.json", project.Path, shell.Path);

        Assert.Equal(Path.Combine(shell.Path, "site.recipe.json"), sut);
    }

    [Fact]
    public void Resolve_RelativeFileInCurrentDirectory_PrefersCurrentDirectory()
    {
        using var current = new TestFolder();
        using var shell = new TestFolder();
        File.WriteAllText(Path.Combine(current.Path, "site.recipe.json"), "{}");
        File.WriteAllText(Path.Combine(shell.Path, "site.recipe.json"), "{}");

        var sut = RecipeFilePath.Resolve("site.recipe.json", current.Path, shell.Path);

        Assert.Equal(Path.Combine(current.Path, "site.recipe.json"), sut);
    }

    [Fact]
    public void Resolve_MissingEverywhere_NamesThePathUnderTheCurrentDirectory()
    {
        using var current = new TestFolder();

        var sut = RecipeFilePath.Resolve("missing.recipe.json", current.Path, "/");

        Assert.Equal(Path.Combine(current.Path, "missing.recipe.json"), sut);
    }
}
