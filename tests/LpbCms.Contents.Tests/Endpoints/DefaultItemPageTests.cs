using LpbCms.Contents.Endpoints;

namespace LpbCms.Contents.Tests.Endpoints;

public sealed class DefaultItemPageTests
{
    [Fact]
    public void Render_Item_IsDutchHtml5WithTitleHeadingAndBody()
    {
        var html = DefaultItemPage.Render("25 jaar LPB", "<p>Tekst</p>");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>25 jaar LPB</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>25 jaar LPB</h1>\n<p>Tekst</p>", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleWithMarkup_IsEncoded()
    {
        var html = DefaultItemPage.Render("<script>x</script>", "");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderNotFound_SaysPaginaNietGevonden()
    {
        var html = DefaultItemPage.RenderNotFound();

        Assert.Contains("<h1>Pagina niet gevonden</h1>", html, StringComparison.Ordinal);
    }
}
