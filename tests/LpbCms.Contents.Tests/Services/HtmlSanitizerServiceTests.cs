using LpbCms.Contents.Services;

namespace LpbCms.Contents.Tests.Services;

public sealed class HtmlSanitizerServiceTests
{
    private readonly HtmlSanitizerService _sut = new();

    [Fact]
    public void Sanitize_Script_IsRemoved()
    {
        var html = _sut.Sanitize("<p>Hallo</p><script>alert('x')</script>");

        Assert.Equal("<p>Hallo</p>", html);
    }

    [Fact]
    public void Sanitize_EventHandlerAttributes_AreRemoved()
    {
        var html = _sut.Sanitize("<p onclick=\"steal()\">Tekst</p><img src=\"/media/a.jpg\" alt=\"Foto\" onerror=\"steal()\">");

        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("alt=\"Foto\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_JavascriptUrl_IsRemoved()
    {
        var html = _sut.Sanitize("<a href=\"javascript:steal()\">klik</a>");

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("klik", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Een <strong>vette</strong> en <em>schuine</em> tekst.</p>")]
    [InlineData("<h2>Kop</h2><h3>Onderkop</h3>")]
    [InlineData("<ul><li>een</li><li>twee</li></ul><ol><li>drie</li></ol>")]
    [InlineData("<p><a href=\"https://lpb.nl/congres\">congres</a></p>")]
    [InlineData("<p><a href=\"/cadeaus/vijf-gelukwensen\">cadeau</a></p>")]
    [InlineData("<blockquote><p>Citaat</p></blockquote>")]
    [InlineData("<figure><img src=\"/media/foto.jpg\" alt=\"Foto van het congres\"><figcaption>Bijschrift</figcaption></figure>")]
    [InlineData("<table><thead><tr><th>Jaar</th></tr></thead><tbody><tr><td>2019</td></tr></tbody></table>")]
    [InlineData("<p class=\"intro\">Inleiding</p>")]
    [InlineData("<a href=\"#!\"><i class=\"fab fa-github\" aria-hidden=\"true\"></i></a>")]
    public void Sanitize_OrdinaryFormatting_IsKept(string input)
    {
        var html = _sut.Sanitize(input);

        Assert.Equal(input, html);
    }

    [Fact]
    public void Sanitize_Form_IsRemoved()
    {
        var html = _sut.Sanitize("<form action=\"https://elders.example\"><input name=\"wachtwoord\"></form><p>Tekst</p>");

        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Tekst</p>", html, StringComparison.Ordinal);
    }
}
