using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using LpbCms.Core.Contents;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// How each field type appears in GraphQL, as in Orchard: simple fields as scalars (TextField →
/// String of <c>Text</c>, NumericField → Decimal of <c>Value</c>, ...), the others as objects
/// (<c>HtmlField { html }</c>, <c>LinkField { url text target }</c>,
/// <c>ContentPickerField { contentItemIds contentItems }</c>, <c>MediaField { paths mediaTexts }</c>).
/// </summary>
public sealed class ContentFieldGraphTypes
{
    private readonly Dictionary<string, IGraphType> _objects = new(StringComparer.Ordinal);

    public ContentFieldGraphTypes(IInterfaceGraphType contentItem)
    {
        _objects["HtmlField"] = Object("HtmlField", ("html", "Html"));
        _objects["MarkdownField"] = Object("MarkdownField", ("markdown", "Markdown"));
        _objects["LinkField"] = Object("LinkField", ("url", "Url"), ("text", "Text"), ("target", "Target"));
        var media = new ObjectGraphType { Name = "MediaField" };
        media.AddField(StringList("paths", "Paths"));
        media.AddField(StringList("mediaTexts", "MediaTexts"));
        _objects["MediaField"] = media;
        var picker = new ObjectGraphType { Name = "ContentPickerField" };
        picker.AddField(StringList("contentItemIds", "ContentItemIds"));
        picker.AddField(new FieldType
        {
            Name = "contentItems",
            Description = "The picked items (loaded in one batch per query level).",
            ResolvedType = new ListGraphType(new NonNullGraphType(contentItem)),
            Resolver = new FuncFieldResolver<object>(ResolvePicked),
        });
        _objects["ContentPickerField"] = picker;
    }

    /// <summary>A GraphQL field for a content field inside <paramref name="partOf"/> (the part's JSON object is the source).</summary>
    public FieldType? Create(string graphName, string fieldName, string fieldType, Func<object?, JsonObject?> partOf)
    {
        JsonObject? FieldJson(IResolveFieldContext context) => partOf(context.Source)?[fieldName] as JsonObject;
        FieldType Scalar<TGraph>(string key, Func<JsonNode?, object?> read) => new()
        {
            Name = graphName,
            Type = typeof(TGraph),
            Resolver = new FuncFieldResolver<object>(context => read(FieldJson(context)?[key])),
        };

        return fieldType switch
        {
            "TextField" => Scalar<StringGraphType>("Text", ReadString),
            "NumericField" => Scalar<DecimalGraphType>("Value", ReadDecimal),
            "BooleanField" => Scalar<BooleanGraphType>("Value", n => n is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null),
            "DateField" or "DateTimeField" => Scalar<DateTimeGraphType>("Value", ReadDate),
            "TimeField" => Scalar<StringGraphType>("Value", ReadString),
            "MultiTextField" => new FieldType
            {
                Name = graphName,
                Type = typeof(ListGraphType<StringGraphType>),
                Resolver = new FuncFieldResolver<object>(context => FieldJson(context)?["Values"] is JsonArray a ? a.Select(ReadString).ToList() : null),
            },
            _ when _objects.TryGetValue(fieldType, out var objectType) => new FieldType
            {
                Name = graphName,
                ResolvedType = objectType,
                Resolver = new FuncFieldResolver<object>(FieldJson),
            },
            _ => null,
        };
    }

    public static string? ReadString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();

    private static object? ReadDecimal(JsonNode? node) =>
        node is JsonValue v && decimal.TryParse(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static object? ReadDate(JsonNode? node) =>
        ReadString(node) is { Length: > 0 } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;

    private static ObjectGraphType Object(string name, params (string Graph, string Json)[] fields)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (graph, json) in fields)
        {
            type.AddField(new FieldType
            {
                Name = graph,
                Type = typeof(StringGraphType),
                Resolver = new FuncFieldResolver<object>(context => ReadString((context.Source as JsonObject)?[json])),
            });
        }

        return type;
    }

    private static FieldType StringList(string graph, string json) => new()
    {
        Name = graph,
        Type = typeof(ListGraphType<StringGraphType>),
        Resolver = new FuncFieldResolver<object>(context => (context.Source as JsonObject)?[json] is JsonArray a ? a.Select(ReadString).ToList() : null),
    };

    private static TrackingResult ResolvePicked(IResolveFieldContext context)
    {
        var ids = (context.Source as JsonObject)?["ContentItemIds"] is JsonArray a ? a.Select(ReadString).OfType<string>().ToList() : [];
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
