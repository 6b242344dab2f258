using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Handlers;

/// <summary>A publish or unpublish: <see cref="PreviousPublished"/> is the version that was live before.</summary>
public sealed class PublishContentContext(ContentItem contentItem, ContentTypeDefinition? typeDefinition, ContentItem? previousPublished)
    : ContentContext(contentItem, typeDefinition)
{
    public ContentItem? PreviousPublished { get; } = previousPublished;
}
