using Ganss.Xss;

namespace LpbCms.Contents.Services;

/// <summary>
/// HtmlSanitizer with its safe defaults (formatting, links, lists, headings, images, figures, tables,
/// inline styles filtered by property) plus what editors of an Orchard site use: <c>class</c>
/// attributes and mail/phone links. Thread-safe once configured, so registered as a singleton.
/// </summary>
public sealed class HtmlSanitizerService : IHtmlSanitizerService
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? html : _sanitizer.Sanitize(html);
}
