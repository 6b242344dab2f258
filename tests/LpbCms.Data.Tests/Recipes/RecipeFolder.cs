namespace LpbCms.Data.Tests.Recipes;

/// <summary>A temporary recipe folder for the harvester, deleted at the end of the test.</summary>
internal sealed class RecipeFolder : IDisposable
{
    public RecipeFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lpb-recipe-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Write(string fileName, string content) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), content);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
