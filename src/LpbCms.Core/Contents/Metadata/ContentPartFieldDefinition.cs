using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>A field on a part: <c>FieldName</c> is the field type (e.g. <c>TextField</c>), <c>Name</c> the key inside the part.</summary>
public sealed class ContentPartFieldDefinition
{
    public required string FieldName { get; set; }

    public required string Name { get; set; }

    /// <summary>Settings keyed by settings-class name, e.g. <c>ContentPartFieldSettings</c>, <c>TextFieldSettings</c>.</summary>
    public JsonObject Settings { get; set; } = [];
}
