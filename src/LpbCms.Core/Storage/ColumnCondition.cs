namespace LpbCms.Core.Storage;

/// <summary>
/// <c>column OP value</c>: text columns take <see cref="ContentFieldValue.Text"/>, date columns
/// <see cref="ContentFieldValue.Date"/>. <see cref="FilterOperator.In"/> uses <see cref="Values"/>.
/// Text comparisons other than equality and <c>In</c> are case-insensitive.
/// </summary>
public sealed record ColumnCondition(ContentColumn Column, FilterOperator Operator, ContentFieldValue Value) : ContentCondition
{
    /// <summary>The candidates of an <see cref="FilterOperator.In"/> condition.</summary>
    public IReadOnlyList<ContentFieldValue> Values { get; init; } = [];

    public static bool IsDate(ContentColumn column) =>
        column is ContentColumn.CreatedUtc or ContentColumn.ModifiedUtc or ContentColumn.PublishedUtc;
}
