namespace LpbCms.Core.Text;

/// <summary>Renders stored Markdown (MarkdownBodyPart, MarkdownField) to sanitized HTML for display; the stored Markdown is never changed.</summary>
public interface IMarkdownRenderer
{
    string ToHtml(string? markdown);
}
