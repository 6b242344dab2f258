using GraphQL;
using GraphQL.Types;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// The arguments of a type's list field, with Orchard's names and meaning (its
/// <c>ContentItemsFieldType</c>): <c>where</c> (see <see cref="ContentWhereInput"/>), <c>orderBy</c>
/// with one or more keys (<c>{ publishedUtc: DESC, displayText: ASC }</c>; newest created first when
/// absent), <c>first</c> (the page size cap when absent), <c>skip</c>, <c>status</c> (PUBLISHED,
/// DRAFT, LATEST, ALL) and Orchard's older <c>autoroutePart: { path }</c> argument. They become a
/// <see cref="ContentQuery"/> executed in SQL through the item and field indexes.
/// </summary>
public sealed class ContentListArguments
{
    private static readonly Dictionary<string, ContentOrderColumn> Columns = new(StringComparer.Ordinal)
    {
        ["contentItemId"] = ContentOrderColumn.ContentItemId,
        ["contentItemVersionId"] = ContentOrderColumn.ContentItemVersionId,
        ["displayText"] = ContentOrderColumn.DisplayText,
        ["published"] = ContentOrderColumn.Published,
        ["latest"] = ContentOrderColumn.Latest,
        ["createdUtc"] = ContentOrderColumn.CreatedUtc,
        ["modifiedUtc"] = ContentOrderColumn.ModifiedUtc,
        ["publishedUtc"] = ContentOrderColumn.PublishedUtc,
        ["owner"] = ContentOrderColumn.Owner,
        ["author"] = ContentOrderColumn.Author,
        ["path"] = ContentOrderColumn.Path,
    };

    private readonly Dictionary<string, ContentTypeField> _orderFields = new(StringComparer.Ordinal);
    private readonly string _typeName;
    private readonly ContentWhereInput _where;

    public ContentListArguments(ContentTypeDefinition type, IReadOnlyList<ContentTypeField> fields, ContentSchemaTypes shared, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shared);
        _typeName = type.Name;
        _where = ContentWhereInput.ForType(type, fields, catalog, shared.AutoroutePart);
        var orderBy = new InputObjectGraphType { Name = type.Name + "OrderByInput" };
        foreach (var column in Columns.Keys)
        {
            orderBy.AddField(new FieldType { Name = column, ResolvedType = shared.Direction });
        }

        foreach (var field in fields.Where(f => f.PartInstanceName == type.Name && IsOrderable(catalog.FindField(f.FieldType)?.IndexKind)))
        {
            var name = GraphQLNames.Camel(field.Name);
            if (!Columns.ContainsKey(name))
            {
                orderBy.AddField(new FieldType { Name = name, ResolvedType = shared.Direction });
                _orderFields[name] = field;
            }
        }

        Arguments = new QueryArguments(
            new QueryArgument(_where.Type) { Name = "where", Description = "Filters the content items." },
            new QueryArgument(orderBy) { Name = "orderBy", Description = "Sort order; several keys sort by each in turn." },
            new QueryArgument<IntGraphType> { Name = "first", Description = "The first n content items." },
            new QueryArgument<IntGraphType> { Name = "skip", Description = "The number of content items to skip." },
            new QueryArgument(shared.Status) { Name = "status", Description = "Publication status of the content items." },
            new QueryArgument(shared.AutoroutePart) { Name = "autoroutePart", Description = "Filters on the Autoroute path (Orchard's argument form)." });
    }

    public QueryArguments Arguments { get; }

    /// <summary>Builds the query; bad values throw <see cref="ExecutionError"/>, which GraphQL reports.</summary>
    public ContentQuery ToQuery(IResolveFieldContext context, int maxPageSize)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first") ?? maxPageSize;
        var skip = context.GetArgument<int?>("skip") ?? 0;
        if (first < 1 || first > maxPageSize || skip < 0)
        {
            throw new ExecutionError($"'first' must be 1 to {maxPageSize} and 'skip' 0 or more.");
        }

        var orders = ReadOrder(context.GetArgument<Dictionary<string, object?>?>("orderBy"));
        return new ContentQuery
        {
            ContentTypes = [_typeName],
            Scope = ContentSchemaTypes.ToScope(context.GetArgument<string?>("status")),
            Take = first,
            Skip = skip,
            OrderBy = orders[0],
            ThenBy = orders.Skip(1).ToList(),
            Where = ReadWhere(context),
        };
    }

    private ContentCondition? ReadWhere(IResolveFieldContext context)
    {
        var conditions = new List<ContentCondition>();
        if (context.GetArgument<Dictionary<string, object?>?>("where") is { Count: > 0 } where)
        {
            conditions.Add(WhereConditionReader.Read(_where, where));
        }

        if (context.GetArgument<Dictionary<string, object?>?>("autoroutePart") is { Count: > 0 } autoroute && _where.Parts.TryGetValue("autoroutePart", out var part))
        {
            conditions.Add(WhereConditionReader.Read(part, autoroute));
        }

        return conditions.Count switch
        {
            0 => null,
            1 => conditions[0],
            _ => new AllOfCondition(conditions),
        };
    }

    private List<ContentOrder> ReadOrder(Dictionary<string, object?>? orderBy)
    {
        var orders = new List<ContentOrder>();
        foreach (var (key, value) in orderBy ?? [])
        {
            if (value is null)
            {
                continue;
            }

            var descending = string.Equals(value.ToString(), "DESC", StringComparison.Ordinal);
            orders.Add(Columns.TryGetValue(key, out var column)
                ? new ContentOrder(column, descending)
                : new ContentOrder(ContentOrderColumn.Field, descending, new ContentFieldRef(_orderFields[key].PartInstanceName, _orderFields[key].Name)));
        }

        // Orchard's default: the newest created first.
        return orders.Count > 0 ? orders : [new ContentOrder(ContentOrderColumn.CreatedUtc, Descending: true)];
    }

    private static bool IsOrderable(FieldIndexKind? kind) =>
        kind is FieldIndexKind.Text or FieldIndexKind.Number or FieldIndexKind.Date or FieldIndexKind.Boolean;
}
