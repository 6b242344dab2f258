using System.Globalization;
using GraphQL;
using LpbCms.Api.Querying;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// Reads a <c>where</c> argument into a <see cref="ContentCondition"/> with Orchard's meaning: the
/// entries of one object all hold (AND), <c>AND</c>/<c>OR</c> take lists of such objects,
/// <c>NOT: [a, b]</c> is <c>NOT (a AND b)</c>, a <c>_not…</c> suffix negates its test, and a part
/// object (<c>autoroutePart: { path }</c>) filters on that part. Bad values throw
/// <see cref="ExecutionError"/>, which GraphQL reports.
/// </summary>
public static class WhereConditionReader
{
    public static ContentCondition Read(ContentWhereInput input, IDictionary<string, object?> where)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(where);
        var conditions = where.Where(e => e.Value is not null).Select(e => ReadEntry(input, e.Key, e.Value!)).ToList();
        return conditions.Count == 1 ? conditions[0] : new AllOfCondition(conditions);
    }

    private static ContentCondition ReadEntry(ContentWhereInput input, string key, object value) => key switch
    {
        ContentWhereInput.And => new AllOfCondition(ReadList(input, value)),
        ContentWhereInput.Or => new AnyOfCondition(ReadList(input, value)),
        ContentWhereInput.Not => new NotCondition(new AllOfCondition(ReadList(input, value))),
        _ when input.Parts.TryGetValue(key, out var part) => Read(part, AsObject(key, value)),
        _ when input.Targets.TryGetValue(key, out var target) => ReadTarget(key, target, value),
        _ => throw new ExecutionError($"'{key}' is not a filter of this where input."),
    };

    private static List<ContentCondition> ReadList(ContentWhereInput input, object value) => value switch
    {
        IDictionary<string, object?> single => [Read(input, single)],
        IEnumerable<object?> items => [.. items.OfType<IDictionary<string, object?>>().Select(item => Read(input, item))],
        _ => throw new ExecutionError("AND, OR and NOT take a list of where objects."),
    };

    private static IDictionary<string, object?> AsObject(string key, object value) =>
        value as IDictionary<string, object?> ?? throw new ExecutionError($"'{key}' takes an object of filters.");

    private static ContentCondition ReadTarget(string key, WhereTarget target, object value)
    {
        var op = target.Operator;
        var values = op.TakesList
            ? (value as IEnumerable<object?> ?? throw new ExecutionError($"'{key}' takes a list.")).Select(v => ToValue(key, v, target.Column)).ToList()
            : [ToValue(key, value, target.Column)];
        ContentCondition test;
        if (target.Column is { } column)
        {
            test = op.TakesList
                ? new ColumnCondition(column, FilterOperator.In, new ContentFieldValue()) { Values = values }
                : new ColumnCondition(column, op.Operator, values[0]);
        }
        else
        {
            var field = new ContentFieldRef(target.Field!.PartInstanceName, target.Field.Name);
            test = !op.TakesList ? new FieldCondition(new ContentFieldFilter(field, op.Operator, values[0]))
                : values.All(v => v.Text is not null) ? new FieldCondition(ContentFieldFilter.TextIn(field, values.Select(v => v.Text!)))
                : new AnyOfCondition([.. values.Select(v => new FieldCondition(new ContentFieldFilter(field, FilterOperator.Equal, v)))]);
        }

        return op.Negated ? new NotCondition(test) : test;
    }

    private static ContentFieldValue ToValue(string key, object? value, ContentColumn? column)
    {
        if (column is { } c && !ColumnCondition.IsDate(c))
        {
            // Ids arrive as text or, written as numbers, as integers; columns other than dates are text.
            return Text(key, Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return value switch
        {
            null => throw new ExecutionError($"'{key}' cannot be null."),
            bool b => new ContentFieldValue(Boolean: b),
            DateTime d => new ContentFieldValue(Date: d.ToUniversalTime()),
            DateTimeOffset d => new ContentFieldValue(Date: d.UtcDateTime),
            decimal n => new ContentFieldValue(Number: n),
            int or long or double => new ContentFieldValue(Number: Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            _ => Text(key, Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }

    private static ContentFieldValue Text(string key, string? text)
    {
        if (SqlInjectionDetector.LooksLikeInjection(text))
        {
            throw new ExecutionError($"The value of '{key}' looks like an SQL injection attempt and is refused (values are never run as SQL).");
        }

        return new ContentFieldValue(Text: text ?? "");
    }
}
