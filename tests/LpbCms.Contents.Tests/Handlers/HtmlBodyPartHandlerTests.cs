using LpbCms.Contents.Handlers;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Tests.Handlers;

public sealed class HtmlBodyPartHandlerTests
{
    private readonly HtmlBodyPartHandler _sut = new(new HtmlSanitizerService());

    [Fact]
    public async Task UpdatingAsync_DefaultSettings_SanitizesHtml()
    {
        var item = ContentItemBuilder.Create("Page", "Pagina", """{ "HtmlBodyPart": { "Html": "<p onclick=\"x()\">Tekst</p><script>x()</script>" } }""");
        var type = TypeDefinitionBuilder.WithPart("Page", "HtmlBodyPart");

        await _sut.UpdatingAsync(new ContentContext(item, type), TestContext.Current.CancellationToken);

        Assert.Equal("<p>Tekst</p>", ContentParts.GetString(item.Content["HtmlBodyPart"]!.AsObject(), "Html"));
    }

    [Fact]
    public async Task UpdatingAsync_SanitizeHtmlFalse_KeepsHtml()
    {
        const string raw = "<p>Tekst</p><script>x()</script>";
        var item = ContentItemBuilder.Create("Page", "Pagina", """{ "HtmlBodyPart": { "Html": "<p>Tekst</p><script>x()</script>" } }""");
        var type = TypeDefinitionBuilder.WithPart("Page", "HtmlBodyPart", """{ "HtmlBodyPartSettings": { "SanitizeHtml": false } }""");

        await _sut.UpdatingAsync(new ContentContext(item, type), TestContext.Current.CancellationToken);

        Assert.Equal(raw, ContentParts.GetString(item.Content["HtmlBodyPart"]!.AsObject(), "Html"));
    }
}
