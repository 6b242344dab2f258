using LpbCms.Core.Changes;
using LpbCms.Core.Contents.Indexing;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Content definitions as one JSON document named <see cref="DocumentName"/> in Orchard's shape,
/// stored through <see cref="IDocumentStore"/> and cached by version stamp. Every stored change
/// appends a <see cref="ContentChangeEvent.DefinitionChanged"/> row to the change feed and deletes the
/// field index rows of fields it removed, in the same transaction. Returned definitions are
/// shared with other requests: read them, never change them (use <see cref="UpdateAsync"/>).
/// </summary>
public sealed class ContentDefinitionManager : IContentDefinitionManager
{
    public const string DocumentName = "ContentDefinition";

    private readonly CachedDocument<ContentDefinitionDocument> _document;
    private readonly ContentChangeRecorder _changes;
    private readonly IContentFieldIndexStore _fieldIndex;

    public ContentDefinitionManager(IDocumentStore store, IUnitOfWork unitOfWork, IMemoryCache cache, ContentChangeRecorder changes, IContentFieldIndexStore fieldIndex)
    {
        _changes = changes;
        _fieldIndex = fieldIndex;
        _document = new CachedDocument<ContentDefinitionDocument>(
            store,
            unitOfWork,
            cache,
            DocumentName,
            ContentDefinitionJson.Deserialize,
            ContentDefinitionJson.Serialize,
            () => new ContentDefinitionDocument());
    }

    public Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken ct = default) => _document.GetAsync(ct);

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken ct = default) =>
        (await _document.GetAsync(ct)).FindType(name);

    public async Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken ct = default) =>
        (await _document.GetAsync(ct)).FindPartDefinition(name);

    public Task UpdateAsync(Action<ContentDefinitionDocument> change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        IReadOnlyList<FieldIndexKey> orphaned = [];
        return _document.UpdateAsync(
            document =>
            {
                var before = DefinedFieldIndexKeys.Of(document);
                change(document);
                EnsureConsistent(document);
                orphaned = DefinedFieldIndexKeys.Removed(before, document);
            },
            async token =>
            {
                // Same transaction as the definition: rows of a removed field never outlive it.
                if (orphaned.Count > 0)
                {
                    await _fieldIndex.RemoveAsync(orphaned, token);
                }

                await _changes.RecordAsync(ContentChangeEvent.DefinitionChanged, token);
            },
            ct);
    }

    /// <summary>Refuses documents that lookups could not answer unambiguously.</summary>
    private static void EnsureConsistent(ContentDefinitionDocument document)
    {
        ThrowOnDuplicate(document.ContentTypes.Select(t => t.Name), "Content type");
        ThrowOnDuplicate(document.ContentParts.Select(p => p.Name), "Content part");
        foreach (var type in document.ContentTypes)
        {
            ThrowOnDuplicate(type.ContentTypePartDefinitionRecords.Select(p => p.Name), $"Part instance of type '{type.Name}'");
        }

        foreach (var part in document.ContentParts)
        {
            ThrowOnDuplicate(part.ContentPartFieldDefinitionRecords.Select(f => f.Name), $"Field of part '{part.Name}'");
        }
    }

    private static void ThrowOnDuplicate(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidOperationException($"{what} without a name cannot be stored in the content definitions.");
            }

            if (!seen.Add(name))
            {
                throw new InvalidOperationException($"{what} '{name}' is defined twice in the content definitions.");
            }
        }
    }
}
