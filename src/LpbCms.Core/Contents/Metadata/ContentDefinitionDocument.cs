namespace LpbCms.Core.Contents.Metadata;

/// <summary>All type and part definitions, stored as one versioned document (as Orchard does).</summary>
public sealed class ContentDefinitionDocument
{
    public IList<ContentTypeDefinition> ContentTypes { get; set; } = [];

    public IList<ContentPartDefinition> ContentParts { get; set; } = [];
}
