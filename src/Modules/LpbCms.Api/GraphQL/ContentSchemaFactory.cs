using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// Builds the GraphQL schema from the content definitions with Orchard's conventions: one list
/// field per type (<c>blogPost</c>, <c>gift</c>), item fields of the <c>ContentItem</c>
/// interface, parts without "Part" and camelCased (<c>htmlBody { html }</c>) with their catalogue
/// properties, flattened parts' properties (Autoroute's <c>path</c>) and
/// the type's own fields flattened (<c>path</c>, <c>organisation</c>), and Orchard's single-item
/// root field <c>contentItem(contentItemId:)</c>.
/// </summary>
public static class ContentSchemaFactory
{
    public static ISchema Create(ContentDefinitionDocument document, ContentApiOptions options, IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var contentItem = new InterfaceGraphType { Name = "ContentItem" };
        foreach (var field in ContentItemGraphFields.Create())
        {
            // Interface fields only declare; each content type's object type resolves them.
            field.Resolver = null;
            contentItem.AddField(field);
        }

        var fieldTypes = new ContentFieldGraphTypes(contentItem, catalog);
        var partTypes = new Dictionary<string, ObjectGraphType?>(StringComparer.Ordinal);
        var shared = new ContentSchemaTypes();

        var query = new ObjectGraphType { Name = "Query" };
        var itemTypes = new Dictionary<string, IObjectGraphType>(StringComparer.Ordinal);
        foreach (var type in document.ContentTypes.Where(t => IsGraphName(t.Name)))
        {
            var fields = document.GetFields(type);
            var itemType = CreateItemType(type, fields, fieldTypes, partTypes, contentItem, catalog);
            itemTypes[type.Name] = itemType;
            var arguments = new ContentListArguments(type, fields, shared, catalog);
            query.AddField(new FieldType
            {
                Name = GraphQLNames.Camel(type.Name),
                Description = $"{type.DisplayName ?? type.Name} items.",
                ResolvedType = new ListGraphType(new NonNullGraphType(itemType)),
                Arguments = arguments.Arguments,
                Resolver = new FuncFieldResolver<object>(context => ContentListResolver.ResolveAsync(context, arguments, options)),
            });
        }

        // Orchard's single-item root field: contentItem(contentItemId: "...") gives the published version.
        if (!query.HasField("contentItem"))
        {
            query.AddField(new FieldType
            {
                Name = "contentItem",
                Description = "The published version of one content item, of any type.",
                ResolvedType = contentItem,
                Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "contentItemId", Description = "The content item id." }),
                Resolver = new FuncFieldResolver<object>(ContentItemResolver.ResolveAsync),
            });
        }

        contentItem.ResolveType = source => source is ContentItem item ? itemTypes.GetValueOrDefault(item.ContentType) : null;
        var schema = new global::GraphQL.Types.Schema { Query = query, NameConverter = WhereNameConverter.Instance };
        foreach (var itemType in itemTypes.Values)
        {
            schema.RegisterType(itemType);
        }

        schema.Initialize();
        return schema;
    }

    private static ObjectGraphType CreateItemType(ContentTypeDefinition type, IReadOnlyList<ContentTypeField> fields, ContentFieldGraphTypes fieldTypes, Dictionary<string, ObjectGraphType?> partTypes, IInterfaceGraphType contentItem, IContentCatalog catalog)
    {
        var itemType = new ObjectGraphType { Name = type.Name, Description = type.DisplayName };
        itemType.IsTypeOf = source => source is ContentItem item && item.ContentType == type.Name;
        foreach (var field in ContentItemGraphFields.Create())
        {
            itemType.AddField(field);
        }

        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            foreach (var partField in PartFields(part, catalog.FindPart(part.PartName), fields, fieldTypes, partTypes, type.Name).Where(f => !itemType.HasField(f.Name)))
            {
                itemType.AddField(partField);
            }
        }

        // After the fields: GraphQL.NET checks the interface's fields when it is added.
        itemType.AddResolvedInterface(contentItem);
        return itemType;
    }

    private static IEnumerable<FieldType> PartFields(ContentTypePartDefinition part, ContentPartDescriptor? descriptor, IReadOnlyList<ContentTypeField> fields, ContentFieldGraphTypes fieldTypes, Dictionary<string, ObjectGraphType?> partTypes, string typeName)
    {
        var instance = part.Name;
        JsonObject? PartOf(object? source) => (source as ContentItem)?.Content[instance] as JsonObject;
        var partFields = fields.Where(f => f.PartInstanceName == instance).ToList();

        // The type's own part is flattened onto the item, as Orchard does.
        if (instance == typeName)
        {
            foreach (var field in partFields)
            {
                if (fieldTypes.Create(GraphQLNames.Camel(field.Name), field.Name, field.FieldType, PartOf) is { } graphField)
                {
                    yield return graphField;
                }
            }

            yield break;
        }

        // A part like Autoroute shows its properties on the item itself (path).
        if (descriptor is { GraphFlattened: true })
        {
            foreach (var property in descriptor.Properties.Where(p => p.InGraph))
            {
                yield return ContentFieldGraphTypes.PropertyField(property, PartOf);
            }

            yield break;
        }

        // One graph type per part (or named instance): GraphQL.NET needs the same instance wherever a type is used.
        var partTypeName = PartTypeName(part);
        if (!partTypes.TryGetValue(partTypeName, out var partType))
        {
            partType = CreatePartType(partTypeName, descriptor, partFields, fieldTypes);
            partTypes[partTypeName] = partType;
        }

        if (partType is not null)
        {
            yield return new FieldType
            {
                Name = GraphQLNames.PartField(instance),
                ResolvedType = partType,
                Resolver = new FuncFieldResolver<object>(context => PartOf(context.Source)),
            };
        }
    }

    private static string PartTypeName(ContentTypePartDefinition part) =>
        IsGraphName(part.Name) && part.Name != part.PartName ? part.Name + part.PartName : part.PartName;

    private static ObjectGraphType? CreatePartType(string name, ContentPartDescriptor? descriptor, List<ContentTypeField> partFields, ContentFieldGraphTypes fieldTypes)
    {
        var type = fieldTypes.ObjectOf(name, descriptor?.Properties ?? []);

        foreach (var field in partFields)
        {
            if (fieldTypes.Create(GraphQLNames.Camel(field.Name), field.Name, field.FieldType, source => source as JsonObject) is { } graphField && !type.HasField(graphField.Name))
            {
                type.AddField(graphField);
            }
        }

        return type.Fields.Count > 0 ? type : null;
    }

    private static bool IsGraphName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
