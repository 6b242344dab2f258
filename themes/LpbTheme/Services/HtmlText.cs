using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LpbTheme.Services;

/// <summary>Plain text taken from stored (sanitized) HTML, for meta descriptions, feed summaries and teasers.</summary>
public static partial class HtmlText
{
    /// <summary>The text without tags, entities decoded, white space collapsed, cut at a word before <paramref name="maxLength"/> with "…".</summary>
    public static string Excerpt(string? html, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return new StringBuilder(text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', '.', ' ')).Append('…').ToString();
    }

    /// <summary>The first paragraph element (<c>&lt;p&gt;…&lt;/p&gt;</c>) of stored HTML, or null.</summary>
    public static string? FirstParagraph(string? html) =>
        string.IsNullOrEmpty(html) ? null : FirstParagraphPattern().Match(html) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<p(\s[^>]*)?>.*?</p>", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstParagraphPattern();
}
