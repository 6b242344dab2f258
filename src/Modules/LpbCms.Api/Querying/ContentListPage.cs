using System.Text.Json.Serialization;
using LpbCms.Core.Contents;

namespace LpbCms.Api.Querying;

/// <summary>The list envelope: the page's items (Orchard JSON), the total number of matches and paging links.</summary>
public sealed record ContentListPage(
    [property: JsonPropertyName("items")] IReadOnlyList<ContentItem> Items,
    [property: JsonPropertyName("totalCount")] int TotalCount,
    [property: JsonPropertyName("skip")] int Skip,
    [property: JsonPropertyName("first")] int First,
    [property: JsonPropertyName("links")] ContentListLinks Links);
