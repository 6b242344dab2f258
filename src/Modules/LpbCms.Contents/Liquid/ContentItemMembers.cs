using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Liquid;

/// <summary>
/// Member access on a content item in Liquid, as Orchard allows: the metadata properties,
/// <c>Content</c> (the parts), and a part name directly (<c>ContentItem.TitlePart.Title</c>).
/// </summary>
internal static class ContentItemMembers
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

    /// <summary>JSON values as the .NET values Liquid compares and prints; arrays as lists; objects stay objects.</summary>
    public static object? ConvertJson(object? value) => value switch
    {
        JsonValue json => json.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => json.GetValue<string>(),
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            System.Text.Json.JsonValueKind.Number => json.TryGetValue<decimal>(out var number) ? number : json.GetValue<double>(),
            _ => null,
        },
        JsonArray array => array.ToList(),
        _ => null,
    };
}
