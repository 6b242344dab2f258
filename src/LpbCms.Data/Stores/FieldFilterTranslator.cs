using System.Linq.Expressions;
using LpbCms.Core.Storage;
using LpbCms.Data.Entities;

// These methods build expression trees that EF translates to SQL; the culture-aware overloads the
// analyzers ask for cannot be translated, and SQL compares with the database's own rules anyway.
#pragma warning disable CA1304, CA1311, CA1862, CA1309, MA0011

namespace LpbCms.Data.Stores;

/// <summary>The field index rows that satisfy one field filter; the value column follows the filter value's type.</summary>
internal static class FieldFilterTranslator
{
    public static IQueryable<ContentFieldIndexRecord> Matching(IQueryable<ContentFieldIndexRecord> fields, ContentFieldFilter filter)
    {
        var part = filter.Field.PartName;
        var name = filter.Field.FieldName;
        var rows = fields.Where(f => f.PartName == part && f.FieldName == name);
        if (filter.Operator == FilterOperator.In)
        {
            // A list of parameters (EF sends the collection as bound values, never inline SQL).
            List<string?> values = [.. filter.TextValues];
            return rows.Where(f => values.Contains(f.TextValue));
        }

        var value = filter.Value;
        if (value.Number is { } number)
        {
            return rows.Where(Compare<double?>(f => f.NumberValue, (double)number, filter.Operator));
        }

        if (value.Date is { } date)
        {
            return rows.Where(Compare<DateTime?>(f => f.DateValue, DateTime.SpecifyKind(date, DateTimeKind.Utc), filter.Operator));
        }

        if (value.Boolean is { } boolean)
        {
            return filter.Operator switch
            {
                FilterOperator.Equal => rows.Where(f => f.BooleanValue == boolean),
                FilterOperator.NotEqual => rows.Where(f => f.BooleanValue != boolean),
                _ => throw new ArgumentException($"The operator {filter.Operator} does not apply to a true/false field ({filter.Field}).", nameof(filter)),
            };
        }

        var text = value.Text ?? "";
        return filter.Operator switch
        {
            FilterOperator.Equal => rows.Where(f => f.TextValue == text),
            FilterOperator.NotEqual => rows.Where(f => f.TextValue != text),
            FilterOperator.Contains => rows.Where(f => f.TextValue != null && f.TextValue.ToLower().Contains(text.ToLowerInvariant())),
            FilterOperator.StartsWith => rows.Where(f => f.TextValue != null && f.TextValue.ToLower().StartsWith(text.ToLowerInvariant())),
            FilterOperator.EndsWith => rows.Where(f => f.TextValue != null && f.TextValue.ToLower().EndsWith(text.ToLowerInvariant())),
            FilterOperator.GreaterThan => rows.Where(f => string.Compare(f.TextValue, text) > 0),
            FilterOperator.GreaterThanOrEqual => rows.Where(f => string.Compare(f.TextValue, text) >= 0),
            FilterOperator.LessThan => rows.Where(f => string.Compare(f.TextValue, text) < 0),
            FilterOperator.LessThanOrEqual => rows.Where(f => string.Compare(f.TextValue, text) <= 0),
            _ => throw new ArgumentException($"Unknown operator {filter.Operator}.", nameof(filter)),
        };
    }

    /// <summary>Builds <c>column OP constant</c> with the constant as a parameter.</summary>
    private static Expression<Func<ContentFieldIndexRecord, bool>> Compare<T>(Expression<Func<ContentFieldIndexRecord, T>> column, T value, FilterOperator op)
    {
        // A closure member access makes EF send the value as a parameter, never inline SQL.
        var holder = new ValueHolder<T>(value);
        Expression right = Expression.Property(Expression.Constant(holder), nameof(ValueHolder<T>.Value));
        var left = column.Body;
        Expression body = op switch
        {
            FilterOperator.Equal => Expression.Equal(left, right),
            FilterOperator.NotEqual => Expression.NotEqual(left, right),
            FilterOperator.GreaterThan => Expression.GreaterThan(left, right),
            FilterOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(left, right),
            FilterOperator.LessThan => Expression.LessThan(left, right),
            FilterOperator.LessThanOrEqual => Expression.LessThanOrEqual(left, right),
            _ => throw new ArgumentException($"The operator {op} does not apply to numbers or dates.", nameof(op)),
        };
        return Expression.Lambda<Func<ContentFieldIndexRecord, bool>>(body, column.Parameters);
    }

    private sealed record ValueHolder<T>(T Value);
}
