using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Handlers;

/// <summary>The item a lifecycle event is about, with its type definition.</summary>
public class ContentContext(ContentItem contentItem, ContentTypeDefinition? typeDefinition)
{
    public ContentItem ContentItem { get; } = contentItem;

    /// <summary>Null when the item's type is not defined (e.g. an item imported from another site).</summary>
    public ContentTypeDefinition? TypeDefinition { get; } = typeDefinition;
}
