using LpbCms.Contents.Services;

namespace LpbCms.Contents.Tests.Services;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _sut = new(new HtmlSanitizerService());

    [Fact]
    public void ToHtml_Paragraphs_BecomeParagraphElements()
    {
        var html = _sut.ToHtml("Eerste alinea.\n\nTweede *alinea*.");

        Assert.Equal("<p>Eerste alinea.</p>\n<p>Tweede <em>alinea</em>.</p>\n", html);
    }

    [Fact]
    public void ToHtml_HeadingAndLink_AreRendered()
    {
        var html = _sut.ToHtml("## Kop\n\n[LPB](https://lpb.nl)");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains(">Kop</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://lpb.nl\">LPB</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EmbeddedScript_IsSanitized()
    {
        var html = _sut.ToHtml("Tekst\n\n<script>alert(1)</script>\n\n<a href=\"javascript:x()\">a</a>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Tekst</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ToHtml_Empty_ReturnsEmpty(string? markdown)
    {
        var html = _sut.ToHtml(markdown);

        Assert.Equal("", html);
    }
}
