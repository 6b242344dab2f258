using System.Collections;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Recipes;

/// <summary>
/// A recipe's steps read from its file on demand: each access parses one step's bytes, and
/// nothing is cached, so the executor holds only the step it runs.
/// </summary>
internal sealed class FileBackedRecipeSteps(string path, IReadOnlyList<(long Start, long End)> ranges, string recipeName) : IReadOnlyList<JsonObject>
{
    public int Count => ranges.Count;

    public JsonObject this[int index]
    {
        get
        {
            var (start, end) = ranges[index];
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
            file.Position = start;
            var bytes = new byte[end - start];
            file.ReadExactly(bytes);
            return RecipeReader.ParseStep(bytes, index, recipeName);
        }
    }

    public IEnumerator<JsonObject> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
