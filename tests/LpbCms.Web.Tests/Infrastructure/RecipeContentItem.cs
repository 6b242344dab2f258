using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>A content item as a recipe file declares it, found by type and title, so tests take fixed ids from the recipe instead of repeating them.</summary>
public sealed record RecipeContentItem(string Id, string Type, string DisplayTitle, string? RoutePath)
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static RecipeContentItem Find(string recipeFile, string contentType, string title)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(recipeFile), documentOptions: Lenient)!.AsObject();
        // Recipe keys are case-insensitive (Orchard's lpb-site writes "Data", the blog recipe "data").
        var items = Property(recipe, "steps")!.AsArray()
            .OfType<JsonObject>()
            .Where(step => string.Equals((string?)Property(step, "name"), "content", StringComparison.OrdinalIgnoreCase))
            .SelectMany(step => Property(step, "data")?.AsArray().OfType<JsonObject>() ?? []);
        var item = items.Single(i => (string?)i["ContentType"] == contentType && (string?)i["TitlePart"]?["Title"] == title);
        return new RecipeContentItem((string)item["ContentItemId"]!, contentType, title, (string?)item["AutoroutePart"]?["Path"]);
    }

    private static JsonNode? Property(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
