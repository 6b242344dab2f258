using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Display.Liquid;

/// <summary>
/// What templates may read of a content item, as in Orchard: the metadata properties, <c>Content</c>
/// (the parts, so <c>ContentItem.Content.Gift.Organisation.Text</c>), or a part name directly.
/// </summary>
internal static class ContentItemAccess
{
    public static object? Get(ContentItem item, string name) => name switch
    {
        nameof(ContentItem.ContentItemId) => item.ContentItemId,
        nameof(ContentItem.ContentItemVersionId) => item.ContentItemVersionId,
        nameof(ContentItem.ContentType) => item.ContentType,
        nameof(ContentItem.DisplayText) => item.DisplayText,
        nameof(ContentItem.Latest) => item.Latest,
        nameof(ContentItem.Published) => item.Published,
        nameof(ContentItem.ModifiedUtc) => item.ModifiedUtc,
        nameof(ContentItem.PublishedUtc) => item.PublishedUtc,
        nameof(ContentItem.CreatedUtc) => item.CreatedUtc,
        nameof(ContentItem.Owner) => item.Owner,
        nameof(ContentItem.Author) => item.Author,
        nameof(ContentItem.Content) => item.Content,
        _ => item.Content[name],
    };

    /// <summary>JSON values as the .NET values Liquid compares and prints; arrays as lists; objects stay objects (read by member access).</summary>
    public static object? ConvertJson(object? value) => value switch
    {
        JsonValue json => json.GetValueKind() switch
        {
            JsonValueKind.String => json.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => json.TryGetValue<decimal>(out var number) ? number : json.GetValue<double>(),
            _ => null,
        },
        JsonArray array => array.ToList(),
        _ => null,
    };
}
