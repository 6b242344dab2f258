using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>Typed views over an item's part JSON, as Orchard's <c>item.As&lt;TitlePart&gt;()</c>.</summary>
public static class ContentItemPartExtensions
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString };

    /// <summary>
    /// The part named like <typeparamref name="TPart"/> read as that type, or null when the item has
    /// no such part. A value of the wrong JSON kind throws (validation reports it before this is used).
    /// </summary>
    public static TPart? As<TPart>(this ContentItem item)
        where TPart : class
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Content[typeof(TPart).Name] is JsonObject part ? part.Deserialize<TPart>(Options) : null;
    }
}
