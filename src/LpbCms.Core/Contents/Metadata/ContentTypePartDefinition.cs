using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>A part attached to a type: <c>PartName</c> is the part definition, <c>Name</c> the instance name in the item JSON.</summary>
public sealed class ContentTypePartDefinition
{
    public required string PartName { get; set; }

    public required string Name { get; set; }

    /// <summary>Settings keyed by settings-class name, e.g. <c>ContentTypePartSettings</c>, <c>AutoroutePartSettings</c>.</summary>
    public JsonObject Settings { get; set; } = [];
}
