using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Handlers;

/// <summary>A clone (<see cref="ContentContext.ContentItem"/>) made from <see cref="Original"/>.</summary>
public sealed class CloneContentContext(ContentItem clone, ContentTypeDefinition? typeDefinition, ContentItem original)
    : ContentContext(clone, typeDefinition)
{
    public ContentItem Original { get; } = original;
}
