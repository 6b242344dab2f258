using LpbCms.Core.Contents;
using LpbTheme.Pages;
using Microsoft.AspNetCore.Http;

namespace LpbTheme.Rendering;

/// <summary>
/// The admin's preview: an item (possibly a draft) in the site's layout, exactly as its page would look.
/// Rendered for the admin's own request, which carries no output cache policy, so nothing is cached.
/// </summary>
public sealed class ThemePreviewRenderer(SitePages pages, PageComposer composer, IHttpContextAccessor accessor) : IContentPreviewRenderer
{
    public async Task<string> RenderPreviewAsync(ContentItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var http = accessor.HttpContext ?? throw new InvalidOperationException("A preview is rendered for an HTTP request.");
        var settings = await pages.SettingsAsync(ct);
        var page = await pages.ItemPageAsync(item, PageComposer.ContextOf(http.Request), ct);
        return await composer.ComposeAsync(http, settings, page, ct);
    }
}
