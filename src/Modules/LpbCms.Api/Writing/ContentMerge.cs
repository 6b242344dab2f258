using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Api.Writing;

/// <summary>
/// Orchard's API merge: the posted parts are merged into the item, objects property by property,
/// everything else (text, numbers, arrays) replaced. Metadata (ids, type, dates, owner, flags) is
/// the server's; only <c>DisplayText</c> is taken from the post.
/// </summary>
public static class ContentMerge
{
    /// <summary>The JSON paths of posted parts that are not objects (parts always are).</summary>
    public static IReadOnlyList<string> FindInvalidParts(ContentItem posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return [.. posted.Content.Where(p => p.Value is not JsonObject).Select(p => p.Key)];
    }

    public static void Into(ContentItem target, ContentItem posted)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(posted);
        if (posted.DisplayText is not null)
        {
            target.DisplayText = posted.DisplayText;
        }

        MergeObjects(target.Content, posted.Content);
    }

    private static void MergeObjects(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            if (target[key] is JsonObject existing && value is JsonObject incoming)
            {
                MergeObjects(existing, incoming);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
