using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Tests;

/// <summary>Builds content items for tests from Orchard JSON, the way recipes and the API give them.</summary>
internal static class ContentItemBuilder
{
    public static ContentItem FromJson(string json) => ContentItemJson.Deserialize(json);

    public static ContentItem Create(string contentType, string? displayText = null, string partsJson = "{}")
    {
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            DisplayText = displayText,
            Latest = true,
        };
        item.Content = JsonNode.Parse(partsJson)!.AsObject();
        return item;
    }
}
