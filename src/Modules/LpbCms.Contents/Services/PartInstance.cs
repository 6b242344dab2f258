using System.Text.Json.Nodes;

namespace LpbCms.Contents.Services;

/// <summary>One part on an item: its instance name (the key in the item JSON), its JSON and its type-part settings.</summary>
public sealed record PartInstance(string Name, JsonObject Part, JsonObject Settings);
