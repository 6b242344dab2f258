using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// One of Orchard's <c>where</c> suffixes (<c>_not_in</c>, <c>_starts_with</c>, ...): the test it
/// makes, whether it is negated, and whether it takes a list.
/// </summary>
public sealed record WhereOperator(string Suffix, FilterOperator Operator, bool Negated = false)
{
    public bool TakesList => Operator == FilterOperator.In;

    /// <summary>Equality and lists: every scalar has them (Orchard's EqualityOperators and MultiValueComparisonOperators).</summary>
    public static IReadOnlyList<WhereOperator> Equality { get; } =
    [
        new("", FilterOperator.Equal), new("_not", FilterOperator.Equal, Negated: true),
        new("_in", FilterOperator.In), new("_not_in", FilterOperator.In, Negated: true),
    ];

    /// <summary>Text matching (Orchard's StringComparisonOperators), case-insensitive here.</summary>
    public static IReadOnlyList<WhereOperator> Text { get; } =
    [
        new("_contains", FilterOperator.Contains), new("_not_contains", FilterOperator.Contains, Negated: true),
        new("_starts_with", FilterOperator.StartsWith), new("_not_starts_with", FilterOperator.StartsWith, Negated: true),
        new("_ends_with", FilterOperator.EndsWith), new("_not_ends_with", FilterOperator.EndsWith, Negated: true),
    ];

    /// <summary>Ordering comparisons (Orchard's NonStringValueComparisonOperators), for dates and numbers.</summary>
    public static IReadOnlyList<WhereOperator> Comparison { get; } =
    [
        new("_gt", FilterOperator.GreaterThan), new("_gte", FilterOperator.GreaterThanOrEqual),
        new("_lt", FilterOperator.LessThan), new("_lte", FilterOperator.LessThanOrEqual),
    ];
}
