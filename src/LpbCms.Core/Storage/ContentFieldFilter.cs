namespace LpbCms.Core.Storage;

/// <summary>A filter on an indexed field value; values are always bound as SQL parameters.</summary>
public sealed record ContentFieldFilter(ContentFieldRef Field, FilterOperator Operator, ContentFieldValue Value)
{
    /// <summary>The candidate text values of an <see cref="FilterOperator.In"/> filter; empty for the other operators.</summary>
    public IReadOnlyList<string> TextValues { get; init; } = [];

    /// <summary>Matches items whose text value of <paramref name="field"/> is one of <paramref name="values"/> (for batched lookups such as list children).</summary>
    public static ContentFieldFilter TextIn(ContentFieldRef field, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new ContentFieldFilter(field, FilterOperator.In, new ContentFieldValue()) { TextValues = [.. values.Distinct(StringComparer.Ordinal)] };
    }
}
