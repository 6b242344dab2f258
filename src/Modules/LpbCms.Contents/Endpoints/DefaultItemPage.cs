using System.Text;
using System.Text.Encodings.Web;

namespace LpbCms.Contents.Endpoints;

/// <summary>
/// The plain HTML5 page a routed item is shown in until the theme module renders items: Dutch,
/// a title, one heading and the body. The body must already be safe HTML (sanitized on save or rendered from Markdown).
/// </summary>
public static class DefaultItemPage
{
    public const string NotFoundTitle = "Pagina niet gevonden";

    public static string Render(string? title, string bodyHtml)
    {
        var encodedTitle = HtmlEncoder.Default.Encode(string.IsNullOrWhiteSpace(title) ? "Zonder titel" : title);
        var page = new StringBuilder(bodyHtml.Length + 512);
        page.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(encodedTitle).Append("</title>\n</head>\n<body>\n<main>\n<article>\n")
            .Append("<h1>").Append(encodedTitle).Append("</h1>\n")
            .Append(bodyHtml)
            .Append("\n</article>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    public static string RenderNotFound() =>
        Render(NotFoundTitle, "<p>De pagina die u zoekt bestaat niet (meer).</p>");
}
