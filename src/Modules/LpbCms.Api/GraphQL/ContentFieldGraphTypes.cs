using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// How each field type appears in GraphQL, derived from its catalogue descriptor as Orchard shows
/// them: a field with a scalar property is that scalar (TextField → String of <c>Text</c>,
/// NumericField → Decimal of <c>Value</c>, MultiTextField → [String] of <c>Values</c>), any other
/// an object with one camelCased field per property (<c>LinkField { url text target }</c>); a
/// property of content item ids also gets the items (<c>ContentPickerField { contentItemIds contentItems }</c>).
/// </summary>
public sealed class ContentFieldGraphTypes(IInterfaceGraphType contentItem, IContentCatalog catalog)
{
    private readonly Dictionary<string, IGraphType> _objects = new(StringComparer.Ordinal);

    /// <summary>A GraphQL field for a content field inside <paramref name="partOf"/> (the part's JSON object is the source).</summary>
    public FieldType? Create(string graphName, string fieldName, string fieldType, Func<object?, JsonObject?> partOf)
    {
        if (catalog.FindField(fieldType) is not { } descriptor)
        {
            return null;
        }

        JsonObject? FieldJson(IResolveFieldContext context) => partOf(context.Source)?[fieldName] as JsonObject;
        if (descriptor.GraphScalarProperty is { } scalar)
        {
            var kind = descriptor.FindProperty(scalar)!.Kind;
            return new FieldType
            {
                Name = graphName,
                Type = GraphTypeOf(kind),
                Resolver = new FuncFieldResolver<object>(context => ReadValue(kind, FieldJson(context)?[scalar])),
            };
        }

        if (!_objects.TryGetValue(descriptor.Name, out var objectType))
        {
            objectType = ObjectOf(descriptor.Name, descriptor.Properties);
            _objects[descriptor.Name] = objectType;
        }

        return new FieldType { Name = graphName, ResolvedType = objectType, Resolver = new FuncFieldResolver<object>(FieldJson) };
    }

    /// <summary>An object type with one field per graph property of a part or field (the source is its JSON object).</summary>
    public ObjectGraphType ObjectOf(string name, IEnumerable<ContentPropertyDescriptor> properties)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var property in properties.Where(p => p.InGraph))
        {
            type.AddField(PropertyField(property, source => source as JsonObject));
            if (property.Role == ContentPropertyRole.ContentItemIds && property.Name.EndsWith("Ids", StringComparison.Ordinal))
            {
                type.AddField(new FieldType
                {
                    Name = GraphQLNames.Camel(property.Name[..^3] + "s"),
                    Description = "The picked items (loaded in one batch per query level).",
                    ResolvedType = new ListGraphType(new NonNullGraphType(contentItem)),
                    Resolver = new FuncFieldResolver<object>(context => ResolvePicked(context, property.Name)),
                });
            }
        }

        return type;
    }

    /// <summary>A GraphQL field reading one property of the JSON object <paramref name="jsonOf"/> gives.</summary>
    public static FieldType PropertyField(ContentPropertyDescriptor property, Func<object?, JsonObject?> jsonOf, string? graphName = null) => new()
    {
        Name = graphName ?? property.GraphName,
        Type = GraphTypeOf(property.Kind),
        Resolver = new FuncFieldResolver<object>(context => ReadValue(property.Kind, jsonOf(context.Source)?[property.Name])),
    };

    private static Type GraphTypeOf(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Number => typeof(DecimalGraphType),
        ContentValueKind.WholeNumber => typeof(IntGraphType),
        ContentValueKind.Boolean => typeof(BooleanGraphType),
        ContentValueKind.Date or ContentValueKind.DateTime => typeof(DateTimeGraphType),
        ContentValueKind.TextList => typeof(ListGraphType<StringGraphType>),
        _ => typeof(StringGraphType),
    };

    private static object? ReadValue(ContentValueKind kind, JsonNode? node) => kind switch
    {
        ContentValueKind.Number => ReadDecimal(node),
        ContentValueKind.WholeNumber => ReadDecimal(node) is { } d ? (int)d : null,
        ContentValueKind.Boolean => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null,
        ContentValueKind.Date or ContentValueKind.DateTime => ReadDate(node),
        ContentValueKind.TextList => node is JsonArray a ? a.Select(ReadString).ToList() : null,
        _ => ReadString(node),
    };

    public static string? ReadString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();

    private static decimal? ReadDecimal(JsonNode? node) =>
        node is JsonValue v && decimal.TryParse(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static DateTime? ReadDate(JsonNode? node) =>
        ReadString(node) is { Length: > 0 } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;

    private static TrackingResult ResolvePicked(IResolveFieldContext context, string idsProperty)
    {
        var ids = (context.Source as JsonObject)?[idsProperty] is JsonArray a ? a.Select(ReadString).OfType<string>().ToList() : [];
        var request = (GraphQLRequestContext)context.UserContext;
        var parent = FindItem(context);
        var scope = parent is null ? Core.Storage.VersionScope.Published : request.ScopeOf(parent);
        var loader = request.LoaderFor(scope);
        return new TrackingResult(loader.Load(ids), request, scope);
    }

    private static ContentItem? FindItem(IResolveFieldContext context)
    {
        for (var current = context.Parent; current is not null; current = current.Parent)
        {
            if (current.Source is ContentItem item)
            {
                return item;
            }
        }

        return null;
    }

    private sealed class TrackingResult(IDataLoaderResult<IReadOnlyList<ContentItem>> inner, GraphQLRequestContext request, Core.Storage.VersionScope scope)
        : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var items = await inner.GetResultAsync(cancellationToken);
            request.Track(items, scope);
            return items;
        }
    }
}
