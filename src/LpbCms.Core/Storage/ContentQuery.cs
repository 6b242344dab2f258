namespace LpbCms.Core.Storage;

/// <summary>A query over content versions, executed in SQL by the store.</summary>
public sealed record ContentQuery
{
    public VersionScope Scope { get; init; } = VersionScope.Published;

    /// <summary>Content types to include; empty means all.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public IReadOnlyList<string> ContentItemIds { get; init; } = [];

    public string? Path { get; init; }

    public string? Owner { get; init; }

    /// <summary>Case-insensitive substring match on DisplayText.</summary>
    public string? DisplayTextContains { get; init; }

    public IReadOnlyList<ContentFieldFilter> FieldFilters { get; init; } = [];

    /// <summary>A condition tree (AND/OR/NOT over item columns and field values), applied with the filters above.</summary>
    public ContentCondition? Where { get; init; }

    /// <summary>Further orderings after <see cref="OrderBy"/>, for ties (GraphQL's <c>orderBy</c> with several keys).</summary>
    public IReadOnlyList<ContentOrder> ThenBy { get; init; } = [];

    public ContentOrder OrderBy { get; init; } = new(ContentOrderColumn.ModifiedUtc, Descending: true);

    public int Skip { get; init; }

    /// <summary>Page size; the store caps it.</summary>
    public int Take { get; init; } = 20;
}
