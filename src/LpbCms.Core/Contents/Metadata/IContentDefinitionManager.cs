namespace LpbCms.Core.Contents.Metadata;

/// <summary>Reads and changes content definitions; reads are cached until the stored document changes.</summary>
public interface IContentDefinitionManager
{
    Task<ContentDefinitionDocument> GetDocumentAsync(CancellationToken ct = default);

    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken ct = default);

    Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken ct = default);

    /// <summary>Applies a change to a copy of the document and stores it; the cache follows the store.</summary>
    Task UpdateAsync(Action<ContentDefinitionDocument> change, CancellationToken ct = default);
}
