using System.Collections.Concurrent;
using GraphQL.Types;
using GraphQLParser.AST;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// Parsed query documents that passed validation, per schema and query text, so a repeated query
/// skips parsing and the core validation rules. A document is only the syntax tree of the query
/// text: it holds no variables, results or caller data, so sharing it between callers is safe.
/// A new schema (changed definitions) never finds documents validated against the old one.
/// </summary>
public sealed class GraphQLDocumentCache
{
    /// <summary>Bounded: many distinct queries start the cache over rather than grow without limit.</summary>
    public const int MaxEntries = 1000;

    /// <summary>Longer queries are not kept: they are rare and would make the cache's memory unpredictable.</summary>
    public const int MaxQueryLength = 10_000;

    private ConcurrentDictionary<(ISchema Schema, string Query), GraphQLDocument> _documents = new();

    public GraphQLDocument? Find(ISchema schema, string query) =>
        _documents.GetValueOrDefault((schema, query));

    /// <summary>Keeps a document that validated against <paramref name="schema"/>.</summary>
    public void Add(ISchema schema, string query, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(document);
        if (query.Length > MaxQueryLength)
        {
            return;
        }

        if (_documents.Count >= MaxEntries)
        {
            _documents = new ConcurrentDictionary<(ISchema Schema, string Query), GraphQLDocument>();
        }

        _documents[(schema, query)] = document;
    }
}
