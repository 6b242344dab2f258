using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>A content type in Orchard's ContentDefinition shape.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Settings keyed by settings-class name, e.g. <c>ContentTypeSettings</c>.</summary>
    public JsonObject Settings { get; set; } = [];

    public IList<ContentTypePartDefinition> ContentTypePartDefinitionRecords { get; set; } = [];
}
