namespace LpbCms.Core.Contents.Catalog;

/// <summary>Every part and field registration of one service collection, in registration order.</summary>
public sealed class ContentCatalogRegistrations
{
    public IList<ContentPartRegistration> Parts { get; } = [];

    public IList<ContentFieldRegistration> Fields { get; } = [];

    /// <summary>Handlers that serve every part or field (shape checks), declared by the module that owns them.</summary>
    public IList<ContentHandlerRegistration> Handlers { get; } = [];
}
