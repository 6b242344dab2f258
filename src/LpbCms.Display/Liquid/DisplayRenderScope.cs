using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Text;

namespace LpbCms.Display.Liquid;

/// <summary>What filters need during one render; kept in the template context's ambient values.</summary>
internal sealed record DisplayRenderScope(
    DisplayRenderer Renderer,
    ISlugService Slugs,
    IHtmlSanitizerService Sanitizer,
    IMarkdownRenderer Markdown,
    IContentCatalog Catalog,
    DisplayContext Context,
    int Depth,
    CancellationToken Ct)
{
    public const string Key = "LpbCms.Display.RenderScope";
}
