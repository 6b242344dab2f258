using LpbCms.Core.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>Renders posted Markdown to sanitized HTML, as the site will show it (POST with the antiforgery token in a header).</summary>
public sealed class MarkdownPreviewModel(IMarkdownRenderer markdown) : PageModel
{
    public const int MaxLength = 200_000;

    [BindProperty]
    public string? Markdown { get; set; }

    public IActionResult OnPost() =>
        Markdown is { Length: > MaxLength } ? BadRequest() : Content(markdown.ToHtml(Markdown), "text/html; charset=utf-8");
}
