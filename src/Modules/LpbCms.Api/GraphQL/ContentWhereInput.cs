using GraphQL.Types;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// A content type's <c>where</c> input with Orchard's names (its <c>ContentItemWhereInput</c>):
/// item columns with every operator that fits their type, <c>AND</c>/<c>OR</c>/<c>NOT</c> lists,
/// Autoroute's <c>path</c> both collapsed and as <c>autoroutePart: { path }</c>, and, beyond
/// Orchard, the type's own indexed fields (<c>year_gt: 2015</c>). <see cref="WhereConditionReader"/>
/// turns a value of it into a <see cref="ContentCondition"/>.
/// </summary>
public sealed class ContentWhereInput
{
    public const string And = "AND";
    public const string Or = "OR";
    public const string Not = "NOT";

    private readonly Dictionary<string, WhereTarget> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentWhereInput> _parts = new(StringComparer.Ordinal);

    private ContentWhereInput(string name, string description)
    {
        Type = new InputObjectGraphType { Name = name, Description = description };
    }

    public InputObjectGraphType Type { get; }

    public IReadOnlyDictionary<string, WhereTarget> Targets => _targets;

    /// <summary>Part-level inputs (<c>autoroutePart</c>) by their field name.</summary>
    public IReadOnlyDictionary<string, ContentWhereInput> Parts => _parts;

    public static ContentWhereInput ForType(ContentTypeDefinition type, IReadOnlyList<ContentTypeField> fields, IContentCatalog catalog, InputObjectGraphType autoroutePart)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(catalog);
        var input = new ContentWhereInput(type.Name + "WhereInput", $"Filters on {type.Name} items.");
        input.AddColumn("contentItemId", ContentColumn.ContentItemId, typeof(IdGraphType));
        input.AddColumn("contentItemVersionId", ContentColumn.ContentItemVersionId, typeof(IdGraphType));
        input.AddColumn("displayText", ContentColumn.DisplayText, typeof(StringGraphType));
        input.AddColumn("createdUtc", ContentColumn.CreatedUtc, typeof(DateTimeGraphType));
        input.AddColumn("modifiedUtc", ContentColumn.ModifiedUtc, typeof(DateTimeGraphType));
        input.AddColumn("publishedUtc", ContentColumn.PublishedUtc, typeof(DateTimeGraphType));
        input.AddColumn("owner", ContentColumn.Owner, typeof(StringGraphType));
        input.AddColumn("author", ContentColumn.Author, typeof(StringGraphType));

        // Autoroute is collapsed onto the item, as in Orchard's output (path), and also reachable as its part.
        input.AddColumn("path", ContentColumn.Path, typeof(StringGraphType));
        if (type.ContentTypePartDefinitionRecords.Any(p => catalog.FindPart(p.PartName)?.Route is not null))
        {
            var part = new ContentWhereInput(autoroutePart.Name, autoroutePart.Description ?? "");
            part.AddColumn("path", ContentColumn.Path, typeof(StringGraphType), addGraphFields: false);
            input._parts["autoroutePart"] = part;
            input.Type.AddField(new FieldType { Name = "autoroutePart", ResolvedType = autoroutePart, Description = "Filters on the item's Autoroute path." });
        }

        foreach (var field in fields.Where(f => f.PartInstanceName == type.Name))
        {
            input.AddField(field, catalog.FindField(field.FieldType)?.IndexKind);
        }

        var list = new ListGraphType(input.Type);
        input.Type.AddField(new FieldType { Name = And, ResolvedType = list, Description = "Every listed filter holds." });
        input.Type.AddField(new FieldType { Name = Or, ResolvedType = list, Description = "At least one listed filter holds." });
        input.Type.AddField(new FieldType { Name = Not, ResolvedType = list, Description = "The listed filters do not all hold." });
        return input;
    }

    /// <summary>Orchard's <c>AutoroutePartInput</c>: <c>path</c> with every string operator, shared by the types that have the part.</summary>
    public static InputObjectGraphType AutoroutePartType()
    {
        var type = new InputObjectGraphType { Name = "AutoroutePartInput", Description = "Filters on the Autoroute path." };
        foreach (var op in Operators(typeof(StringGraphType)))
        {
            type.AddField(new FieldType { Name = "path" + op.Suffix, Type = GraphType(typeof(StringGraphType), op) });
        }

        return type;
    }

    private void AddColumn(string name, ContentColumn column, Type graph, bool addGraphFields = true)
    {
        foreach (var op in Operators(graph))
        {
            _targets[name + op.Suffix] = new WhereTarget(op, Column: column);
            if (addGraphFields)
            {
                Type.AddField(new FieldType { Name = name + op.Suffix, Type = GraphType(graph, op) });
            }
        }
    }

    private void AddField(ContentTypeField field, FieldIndexKind? indexKind)
    {
        Type? graph = indexKind switch
        {
            FieldIndexKind.Text => typeof(StringGraphType),
            FieldIndexKind.Number => typeof(DecimalGraphType),
            FieldIndexKind.Date => typeof(DateTimeGraphType),
            FieldIndexKind.Boolean => typeof(BooleanGraphType),
            _ => null,
        };
        var name = GraphQLNames.Camel(field.Name);
        if (graph is null || _targets.ContainsKey(name))
        {
            return;
        }

        foreach (var op in Operators(graph))
        {
            _targets[name + op.Suffix] = new WhereTarget(op, Field: field);
            Type.AddField(new FieldType { Name = name + op.Suffix, Type = GraphType(graph, op) });
        }
    }

    /// <summary>Orchard's sets: equality and lists for all; text matching for text; comparisons for dates and (beyond Orchard) numbers.</summary>
    private static IEnumerable<WhereOperator> Operators(Type graph)
    {
        if (graph == typeof(BooleanGraphType))
        {
            return WhereOperator.Equality.Where(o => !o.TakesList);
        }

        if (graph == typeof(StringGraphType))
        {
            return WhereOperator.Equality.Concat(WhereOperator.Text);
        }

        return graph == typeof(IdGraphType) ? WhereOperator.Equality : WhereOperator.Equality.Concat(WhereOperator.Comparison);
    }

    private static Type GraphType(Type scalar, WhereOperator op) =>
        op.TakesList ? typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar)) : scalar;
}
