using LpbCms.Core.Contents;

namespace LpbCms.Display;

/// <summary>
/// What a template sees as <c>Model</c>: the content item being shown (Orchard's <c>Model.ContentItem</c>),
/// the display type, and named values (<c>Model.Gifts</c>, <c>Model.Title</c>, ...) prepared by the caller.
/// </summary>
public sealed record DisplayModel(ContentItem? ContentItem, string DisplayType, IReadOnlyDictionary<string, object?> Values)
{
    public static DisplayModel ForValues(IReadOnlyDictionary<string, object?> values) => new(null, "", values);

    /// <summary>Member access for templates: the item, the display type, else a named value (nil when absent).</summary>
    internal object? Get(string name) => name switch
    {
        nameof(ContentItem) => ContentItem,
        nameof(DisplayType) => DisplayType,
        _ => Values.GetValueOrDefault(name),
    };
}
