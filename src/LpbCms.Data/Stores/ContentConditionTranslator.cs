using System.Linq.Expressions;
using LpbCms.Core.Storage;
using LpbCms.Data.Entities;

// These methods build expression trees that EF translates to SQL; the culture-aware overloads the
// analyzers ask for cannot be translated, and SQL compares with the database's own rules anyway.
#pragma warning disable CA1304, CA1311, CA1862, CA1309, MA0011

namespace LpbCms.Data.Stores;

/// <summary>
/// Turns a <see cref="ContentCondition"/> tree into one predicate on item rows. Each test is written
/// as a small lambda over a value and then grafted onto the column, so every value stays a closure
/// member, which EF sends as a parameter, never as inline SQL.
/// </summary>
internal static class ContentConditionTranslator
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(ContentItemRecord), "r");

    public static Expression<Func<ContentItemRecord, bool>> ToPredicate(ContentCondition condition, IQueryable<ContentFieldIndexRecord> fields) =>
        Expression.Lambda<Func<ContentItemRecord, bool>>(Body(condition, fields), Row);

    private static Expression Body(ContentCondition condition, IQueryable<ContentFieldIndexRecord> fields) => condition switch
    {
        AllOfCondition all => all.Conditions.Count == 0
            ? Expression.Constant(true)
            : all.Conditions.Select(c => Body(c, fields)).Aggregate(Expression.AndAlso),
        AnyOfCondition any => any.Conditions.Count == 0
            ? Expression.Constant(true)
            : any.Conditions.Select(c => Body(c, fields)).Aggregate(Expression.OrElse),
        NotCondition not => Expression.Not(Body(not.Condition, fields)),
        FieldCondition field => OnRow(HasField(FieldFilterTranslator.Matching(fields, field.Filter))),
        ColumnCondition column when ColumnCondition.IsDate(column.Column) => DateTest(column),
        ColumnCondition column => TextTest(column),
        _ => throw new ArgumentException($"Unknown condition {condition.GetType().Name}.", nameof(condition)),
    };

    private static Expression<Func<ContentItemRecord, bool>> HasField(IQueryable<ContentFieldIndexRecord> matching) =>
        r => matching.Any(f => f.DocumentId == r.DocumentId);

    private static Expression TextTest(ColumnCondition condition)
    {
        Expression<Func<ContentItemRecord, string?>> column = condition.Column switch
        {
            ContentColumn.ContentItemId => r => r.ContentItemId,
            ContentColumn.ContentItemVersionId => r => r.ContentItemVersionId,
            ContentColumn.DisplayText => r => r.DisplayText,
            ContentColumn.Owner => r => r.Owner,
            ContentColumn.Author => r => r.Author,
            ContentColumn.Path => r => r.Path,
            _ => throw new ArgumentException($"{condition.Column} is not a text column.", nameof(condition)),
        };
        // Paths are stored without surrounding slashes; an exact path is matched the same way.
        Func<string?, string?> exact = condition.Column == ContentColumn.Path ? p => p is null ? null : ContentItemRecordMapper.NormalizePath(p) : p => p;
        var text = exact(condition.Value.Text) ?? "";
        var lower = (condition.Value.Text ?? "").ToLowerInvariant();
        List<string?> values = [.. condition.Values.Select(v => exact(v.Text))];
        Expression<Func<string?, bool>> test = condition.Operator switch
        {
            FilterOperator.Equal => v => v == text,
            FilterOperator.NotEqual => v => v != text,
            FilterOperator.In => v => values.Contains(v),
            FilterOperator.Contains => v => v != null && v.ToLower().Contains(lower),
            FilterOperator.StartsWith => v => v != null && v.ToLower().StartsWith(lower),
            FilterOperator.EndsWith => v => v != null && v.ToLower().EndsWith(lower),
            _ => throw new ArgumentException($"The operator {condition.Operator} does not apply to {condition.Column}.", nameof(condition)),
        };
        return Graft(column, test);
    }

    private static Expression DateTest(ColumnCondition condition)
    {
        Expression<Func<ContentItemRecord, DateTime?>> column = condition.Column switch
        {
            ContentColumn.CreatedUtc => r => r.CreatedUtc,
            ContentColumn.ModifiedUtc => r => r.ModifiedUtc,
            _ => r => r.PublishedUtc,
        };
        DateTime? date = condition.Value.Date is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
        List<DateTime?> values = [.. condition.Values.Select(v => v.Date is { } x ? DateTime.SpecifyKind(x, DateTimeKind.Utc) : (DateTime?)null)];
        Expression<Func<DateTime?, bool>> test = condition.Operator switch
        {
            FilterOperator.Equal => v => v == date,
            FilterOperator.NotEqual => v => v != date,
            FilterOperator.GreaterThan => v => v > date,
            FilterOperator.GreaterThanOrEqual => v => v >= date,
            FilterOperator.LessThan => v => v < date,
            FilterOperator.LessThanOrEqual => v => v <= date,
            FilterOperator.In => v => values.Contains(v),
            _ => throw new ArgumentException($"The operator {condition.Operator} does not apply to {condition.Column}.", nameof(condition)),
        };
        return Graft(column, test);
    }

    /// <summary>The test's body with its value parameter replaced by the column read from the shared row.</summary>
    private static Expression Graft<T>(Expression<Func<ContentItemRecord, T>> column, Expression<Func<T, bool>> test) =>
        new Replace(test.Parameters[0], OnRow(column)).Visit(test.Body);

    /// <summary>A row lambda's body, rebound to the shared row parameter.</summary>
    private static Expression OnRow(LambdaExpression lambda) => new Replace(lambda.Parameters[0], Row).Visit(lambda.Body);

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
