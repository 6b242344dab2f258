using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>The filter operators of list requests, written <c>Part.Field[gt]=2015</c> (no operator means <c>eq</c>).</summary>
public static class FilterOperators
{
    private static readonly Dictionary<string, FilterOperator> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = FilterOperator.Equal,
        ["ne"] = FilterOperator.NotEqual,
        ["gt"] = FilterOperator.GreaterThan,
        ["gte"] = FilterOperator.GreaterThanOrEqual,
        ["lt"] = FilterOperator.LessThan,
        ["lte"] = FilterOperator.LessThanOrEqual,
        ["contains"] = FilterOperator.Contains,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out FilterOperator op) => ByName.TryGetValue(name, out op);
}
