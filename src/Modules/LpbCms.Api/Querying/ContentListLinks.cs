using System.Text.Json.Serialization;

namespace LpbCms.Api.Querying;

/// <summary>Relative links to this page and its neighbours (null at either end).</summary>
public sealed record ContentListLinks(
    [property: JsonPropertyName("self")] string Self,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("prev")] string? Prev);
