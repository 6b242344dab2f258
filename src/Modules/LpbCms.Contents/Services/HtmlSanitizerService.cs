using Ganss.Xss;
using LpbCms.Core.Text;

namespace LpbCms.Contents.Services;

/// <summary>
/// HtmlSanitizer with its safe defaults (formatting, links, lists, headings, images, figures, tables,
/// inline styles filtered by property) plus what editors of an Orchard site use: <c>class</c>
/// attributes, mail/phone links and the ARIA attributes accessible markup needs. Forms are removed,
/// as Orchard does (a form in content could collect data for someone else). Thread-safe once
/// configured, so registered as a singleton.
/// </summary>
public sealed class HtmlSanitizerService : IHtmlSanitizerService
{
    private static readonly string[] AccessibilityAttributes =
    [
        "role", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby", "aria-current", "aria-expanded",
    ];

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedAttributes.Add("class");
        foreach (var attribute in AccessibilityAttributes)
        {
            _sanitizer.AllowedAttributes.Add(attribute);
        }

        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? html : _sanitizer.Sanitize(html);
}
