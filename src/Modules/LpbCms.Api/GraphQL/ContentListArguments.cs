using LpbCms.Api.Querying;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// The arguments of a type's list field: <c>where</c> (item columns and, beyond Orchard, the
/// type's own fields: <c>year_gt: 2015</c>, <c>organisation: "LSA"</c>), <c>orderBy</c>
/// (<c>{ publishedUtc: DESC }</c>), <c>first</c>, <c>skip</c> and <c>status</c>. They become a
/// <see cref="ContentQuery"/> executed in SQL through the field index.
/// </summary>
public sealed class ContentListArguments
{
    private static readonly (string Suffix, FilterOperator Op)[] Comparisons =
    [
        ("", FilterOperator.Equal), ("_not", FilterOperator.NotEqual), ("_gt", FilterOperator.GreaterThan),
        ("_gte", FilterOperator.GreaterThanOrEqual), ("_lt", FilterOperator.LessThan), ("_lte", FilterOperator.LessThanOrEqual),
    ];

    private static readonly Dictionary<string, ContentOrderColumn> Columns = new(StringComparer.Ordinal)
    {
        ["createdUtc"] = ContentOrderColumn.CreatedUtc,
        ["modifiedUtc"] = ContentOrderColumn.ModifiedUtc,
        ["publishedUtc"] = ContentOrderColumn.PublishedUtc,
        ["displayText"] = ContentOrderColumn.DisplayText,
        ["path"] = ContentOrderColumn.Path,
    };

    private readonly Dictionary<string, (ContentTypeField Field, FilterOperator Op)> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentTypeField> _orderFields = new(StringComparer.Ordinal);
    private readonly string _typeName;

    public ContentListArguments(ContentTypeDefinition type, IReadOnlyList<ContentTypeField> fields, EnumerationGraphType direction, EnumerationGraphType status, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fields);
        _typeName = type.Name;
        var where = new InputObjectGraphType { Name = type.Name + "WhereInput", Description = $"Filters on {type.Name} items." };
        where.AddField(new FieldType { Name = "contentItemId", Type = typeof(StringGraphType) });
        where.AddField(new FieldType { Name = "contentItemId_in", Type = typeof(ListGraphType<NonNullGraphType<StringGraphType>>) });
        where.AddField(new FieldType { Name = "displayText_contains", Type = typeof(StringGraphType) });
        where.AddField(new FieldType { Name = "path", Type = typeof(StringGraphType) });
        var orderBy = new InputObjectGraphType { Name = type.Name + "OrderByInput" };
        foreach (var column in Columns.Keys)
        {
            orderBy.AddField(new FieldType { Name = column, ResolvedType = direction });
        }

        foreach (var field in fields.Where(f => f.PartInstanceName == type.Name))
        {
            AddFieldFilters(where, orderBy, field, catalog.FindField(field.FieldType)?.IndexKind, direction);
        }

        Arguments = new QueryArguments(
            new QueryArgument(where) { Name = "where" },
            new QueryArgument(orderBy) { Name = "orderBy" },
            new QueryArgument<IntGraphType> { Name = "first" },
            new QueryArgument<IntGraphType> { Name = "skip" },
            new QueryArgument(status) { Name = "status" });
    }

    public QueryArguments Arguments { get; }

    /// <summary>Builds the query; bad values throw <see cref="ExecutionError"/>, which GraphQL reports.</summary>
    public ContentQuery ToQuery(IResolveFieldContext context, int maxPageSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first") ?? 20;
        var skip = context.GetArgument<int?>("skip") ?? 0;
        if (first < 1 || first > maxPageSize || skip < 0)
        {
            throw new ExecutionError($"'first' must be 1 to {maxPageSize} and 'skip' 0 or more.");
        }

        var query = new ContentQuery
        {
            ContentTypes = [_typeName],
            Scope = context.GetArgument<string?>("status") switch
            {
                "DRAFT" => VersionScope.Draft,
                "LATEST" => VersionScope.Latest,
                _ => VersionScope.Published,
            },
            Take = first,
            Skip = skip,
            OrderBy = ReadOrder(context.GetArgument<Dictionary<string, object?>?>("orderBy")),
        };
        return ApplyWhere(query, context.GetArgument<Dictionary<string, object?>?>("where"));
    }

    private void AddFieldFilters(InputObjectGraphType where, InputObjectGraphType orderBy, ContentTypeField field, FieldIndexKind? indexKind, EnumerationGraphType direction)
    {
        var name = GraphQLNames.Camel(field.Name);
        Type? graph = indexKind switch
        {
            FieldIndexKind.Text => typeof(StringGraphType),
            FieldIndexKind.Number => typeof(DecimalGraphType),
            FieldIndexKind.Date => typeof(DateTimeGraphType),
            FieldIndexKind.Boolean => typeof(BooleanGraphType),
            _ => null,
        };
        if (graph is null)
        {
            return;
        }

        var comparisons = indexKind == FieldIndexKind.Boolean ? Comparisons.Take(2) : Comparisons;
        foreach (var (suffix, op) in comparisons)
        {
            where.AddField(new FieldType { Name = name + suffix, Type = graph });
            _filters[name + suffix] = (field, op);
        }

        if (graph == typeof(StringGraphType))
        {
            where.AddField(new FieldType { Name = name + "_contains", Type = graph });
            _filters[name + "_contains"] = (field, FilterOperator.Contains);
        }

        orderBy.AddField(new FieldType { Name = name, ResolvedType = direction });
        _orderFields[name] = field;
    }

    private ContentOrder ReadOrder(Dictionary<string, object?>? orderBy)
    {
        if (orderBy is null || orderBy.FirstOrDefault(p => p.Value is not null) is not { Key: not null } entry)
        {
            return new ContentOrder(ContentOrderColumn.ModifiedUtc, Descending: true);
        }

        var descending = string.Equals(entry.Value?.ToString(), "DESC", StringComparison.Ordinal);
        return Columns.TryGetValue(entry.Key, out var column)
            ? new ContentOrder(column, descending)
            : new ContentOrder(ContentOrderColumn.Field, descending, Ref(_orderFields[entry.Key]));
    }

    private ContentQuery ApplyWhere(ContentQuery query, Dictionary<string, object?>? where)
    {
        if (where is null)
        {
            return query;
        }

        var filters = new List<ContentFieldFilter>();
        foreach (var (key, value) in where.Where(p => p.Value is not null))
        {
            switch (key)
            {
                case "contentItemId":
                    query = query with { ContentItemIds = [value!.ToString()!] };
                    break;
                case "contentItemId_in":
                    query = query with { ContentItemIds = [.. ((IEnumerable<object?>)value!).Select(v => v?.ToString()).OfType<string>()] };
                    break;
                case "displayText_contains":
                    query = query with { DisplayTextContains = value!.ToString() };
                    break;
                case "path":
                    query = query with { Path = value!.ToString() };
                    break;
                default:
                    var (field, op) = _filters[key];
                    if (value is string text && SqlInjectionDetector.LooksLikeInjection(text))
                    {
                        throw new ExecutionError($"The value of '{key}' looks like an SQL injection attempt and is refused (values are never run as SQL).");
                    }

                    filters.Add(new ContentFieldFilter(Ref(field), op, ToValue(value!)));
                    break;
            }
        }

        return query with { FieldFilters = filters };
    }

    private static ContentFieldRef Ref(ContentTypeField field) => new(field.PartInstanceName, field.Name);

    private static ContentFieldValue ToValue(object value) => value switch
    {
        bool b => new ContentFieldValue(Boolean: b),
        DateTime d => new ContentFieldValue(Date: d.ToUniversalTime()),
        DateTimeOffset d => new ContentFieldValue(Date: d.UtcDateTime),
        decimal n => new ContentFieldValue(Number: n),
        int or long or double => new ContentFieldValue(Number: Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ => new ContentFieldValue(Text: Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
