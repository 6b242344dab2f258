namespace LpbCms.Core.Contents;

/// <summary>
/// Renders an unpublished version as the public site would show it, for the admin's preview.
/// Implemented by the theme; nothing is published or cached. Optional: the admin says so when
/// no implementation is registered.
/// </summary>
public interface IContentPreviewRenderer
{
    /// <summary>A complete HTML page showing <paramref name="item"/> (which may be a draft) in the site's layout.</summary>
    Task<string> RenderPreviewAsync(ContentItem item, CancellationToken ct = default);
}
