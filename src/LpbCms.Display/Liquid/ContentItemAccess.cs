using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Display.Liquid;

/// <summary>
/// What templates may read of a content item, as in Orchard: the metadata properties, <c>Content</c>
/// (the parts, so <c>ContentItem.Content.Gift.Organisation.Text</c>), or a part name directly.
/// </summary>
public static class ContentItemAccess
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
        JsonValue json => ConvertValue(json),
        JsonArray array => array.ToList(),
        _ => null,
    };

    /// <summary>
    /// A value parsed from JSON holds a JsonElement; one set in code (by a handler) holds the .NET value
    /// itself (a DateTime, an int), so ask for the types in turn instead of trusting the value kind.
    /// </summary>
    private static object? ConvertValue(JsonValue json)
    {
        if (json.TryGetValue<string>(out var text))
        {
            return text;
        }

        if (json.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        if (json.TryGetValue<DateTime>(out var date))
        {
            return date;
        }

        if (json.TryGetValue<DateTimeOffset>(out var offset))
        {
            return offset.UtcDateTime;
        }

        if (json.TryGetValue<decimal>(out var number))
        {
            return number;
        }

        if (json.TryGetValue<long>(out var whole))
        {
            return (decimal)whole;
        }

        if (json.TryGetValue<int>(out var small))
        {
            return (decimal)small;
        }

        if (json.TryGetValue<double>(out var real))
        {
            return real;
        }

        return json.GetValueKind() switch
        {
            JsonValueKind.Number => decimal.Parse(json.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.String => json.ToString(),
            _ => null,
        };
    }
}
