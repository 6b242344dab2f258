using System.Text.Json.Nodes;

namespace LpbCms.Benchmarks;

/// <summary>The seeded LPB recipe and its anniversary article, from the build output.</summary>
public static class BenchmarkData
{
    public const string ArticleId = "ynh0192v1z5zh4sk9x7zvwxd7z";

    public static string RecipePath { get; } = Path.Combine(AppContext.BaseDirectory, "recipes", "lpb-site.recipe.json");

    /// <summary>The anniversary article's JSON as the recipe has it.</summary>
    public static string ArticleJson()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RecipePath))!;
        foreach (var step in recipe["steps"]!.AsArray())
        {
            if (step?["Data"] is JsonArray items && items.FirstOrDefault(i => (string?)i?["ContentItemId"] == ArticleId) is { } article)
            {
                return article.ToJsonString();
            }
        }

        throw new InvalidOperationException($"The recipe has no item {ArticleId}.");
    }
}
