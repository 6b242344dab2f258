using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields;

/// <summary>A field of an item as its type defines it: where it is (<see cref="Path"/>, e.g. <c>Congress.Year</c>) and its JSON (null when absent).</summary>
public sealed record ContentFieldInstance(string PartName, ContentPartFieldDefinition Definition, JsonNode? Value)
{
    public string Path => $"{PartName}.{Definition.Name}";
}
