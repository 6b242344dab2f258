using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>A part definition with its fields; a type's implicit part has the type's name.</summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; set; }

    public JsonObject Settings { get; set; } = [];

    public IList<ContentPartFieldDefinition> ContentPartFieldDefinitionRecords { get; set; } = [];
}
