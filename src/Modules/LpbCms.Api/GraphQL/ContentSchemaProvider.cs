using GraphQL.Types;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using Microsoft.Extensions.Options;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// The current schema, rebuilt when the content definitions change. The definition manager hands
/// out one parsed document per stored version stamp, so the document instance is the stamp: a new
/// instance means new definitions.
/// </summary>
public sealed class ContentSchemaProvider(IOptions<ContentApiOptions> options, IContentCatalog catalog)
{
    private readonly Lock _gate = new();
    private (ContentDefinitionDocument Document, ISchema Schema)? _current;

    public ISchema Get(ContentDefinitionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            if (_current is { } current && ReferenceEquals(current.Document, document))
            {
                return current.Schema;
            }

            var schema = ContentSchemaFactory.Create(document, options.Value, catalog);
            _current = (document, schema);
            return schema;
        }
    }
}
