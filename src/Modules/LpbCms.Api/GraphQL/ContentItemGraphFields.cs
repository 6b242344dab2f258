using GraphQL.Resolvers;
using GraphQL.Types;
using LpbCms.Core.Contents;

namespace LpbCms.Api.GraphQL;

/// <summary>The item fields every content type has (Orchard's ContentItem interface).</summary>
public static class ContentItemGraphFields
{
    public static IEnumerable<FieldType> Create()
    {
        yield return Field<StringGraphType>("contentItemId", i => i.ContentItemId);
        yield return Field<StringGraphType>("contentItemVersionId", i => i.ContentItemVersionId);
        yield return Field<StringGraphType>("contentType", i => i.ContentType);
        yield return Field<StringGraphType>("displayText", i => i.DisplayText);
        yield return Field<BooleanGraphType>("published", i => i.Published);
        yield return Field<BooleanGraphType>("latest", i => i.Latest);
        yield return Field<DateTimeGraphType>("createdUtc", i => i.CreatedUtc);
        yield return Field<DateTimeGraphType>("modifiedUtc", i => i.ModifiedUtc);
        yield return Field<DateTimeGraphType>("publishedUtc", i => i.PublishedUtc);
        yield return Field<StringGraphType>("owner", i => i.Owner);
        yield return Field<StringGraphType>("author", i => i.Author);
    }

    private static FieldType Field<TGraph>(string name, Func<ContentItem, object?> read) => new()
    {
        Name = name,
        Type = typeof(TGraph),
        Resolver = new FuncFieldResolver<object>(context => context.Source is ContentItem item ? read(item) : null),
    };
}
