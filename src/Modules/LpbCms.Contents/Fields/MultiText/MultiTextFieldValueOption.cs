using System.Text.Json.Serialization;

namespace LpbCms.Contents.Fields.MultiText;

/// <summary>One choice of a MultiTextField, as Orchard writes it: <c>{ "name": "Label", "value": "val", "default": false }</c>.</summary>
public sealed record MultiTextFieldValueOption
{
    /// <summary>What editors see.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>What is stored in <c>Values</c>.</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    /// <summary>Checked on a new item.</summary>
    [JsonPropertyName("default")]
    public bool Default { get; init; }
}
