using LpbCms.Core.Text;
using Markdig;

namespace LpbCms.Contents.Services;

/// <summary>Markdig with its advanced extensions (tables, footnotes, ...), output passed through the HTML sanitizer because Markdown may embed raw HTML.</summary>
public sealed class MarkdownRenderer(IHtmlSanitizerService sanitizer) : IMarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
