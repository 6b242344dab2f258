namespace LpbCms.Core.Contents.Metadata;

/// <summary>Conveniences over <see cref="IContentDefinitionManager"/>.</summary>
public static class ContentDefinitionManagerExtensions
{
    /// <summary>The fields of a type's parts (see <see cref="ContentDefinitionDocumentExtensions.GetFields"/>); empty when the type is not defined.</summary>
    public static async Task<IReadOnlyList<ContentTypeField>> GetTypeFieldsAsync(this IContentDefinitionManager manager, string contentType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var document = await manager.GetDocumentAsync(ct);
        return document.FindType(contentType) is { } type ? document.GetFields(type) : [];
    }

    /// <summary>The type's <see cref="ContentTypeSettings"/>; null when the type is not defined.</summary>
    public static async Task<ContentTypeSettings?> GetTypeSettingsAsync(this IContentDefinitionManager manager, string contentType, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var type = await manager.GetTypeDefinitionAsync(contentType, ct);
        return type?.GetTypeSettings();
    }
}
