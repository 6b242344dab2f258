using LpbCms.Contents.Liquid;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Tests.Liquid;

public sealed class ContentPatternRendererTests
{
    private static ContentPatternRenderer CreateSut(params ContentItem[] items) =>
        new(new ContentLiquidEngine(), new SlugService(), new ItemsByIdLoader(items));

    [Fact]
    public async Task RenderAsync_DisplayTextSlugify_GivesSlug()
    {
        var item = ContentItemBuilder.Create("Gift", "Vijf gelukwensen van het LSA");
        var sut = CreateSut();

        var path = await sut.RenderAsync("cadeaus/{{ Model.ContentItem | display_text | slugify }}", item, TestContext.Current.CancellationToken);

        Assert.Equal("cadeaus/vijf-gelukwensen-van-het-lsa", path);
    }

    [Fact]
    public async Task RenderAsync_ContainerFilter_UsesListItem()
    {
        var blog = ContentItemBuilder.Create("Blog", "Blog");
        var post = ContentItemBuilder.Create("BlogPost", "Man must explore", $$"""{ "ContainedPart": { "ListContentItemId": "{{blog.ContentItemId}}" } }""");
        var sut = CreateSut(blog);

        var path = await sut.RenderAsync(
            "{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}", post, TestContext.Current.CancellationToken);

        Assert.Equal("blog/man-must-explore", path);
    }

    [Fact]
    public async Task RenderAsync_ContainerFilterWithoutContainedPart_GivesEmpty()
    {
        var item = ContentItemBuilder.Create("BlogPost", "Los");
        var sut = CreateSut();

        var path = await sut.RenderAsync("{{ Model.ContentItem | container | display_text }}|", item, TestContext.Current.CancellationToken);

        Assert.Equal("|", path);
    }

    [Fact]
    public async Task RenderAsync_ContentFieldsAndMetadata_AreReadable()
    {
        var item = ContentItemBuilder.Create("Congress", "Congres 2019", """{ "Congress": { "Year": { "Value": 2019 }, "Host": { "Text": "Ede & Wageningen" } } }""");
        var sut = CreateSut();

        var text = await sut.RenderAsync(
            "{{ Model.ContentItem.ContentType }}/{{ Model.ContentItem.Content.Congress.Year.Value }}/{{ ContentItem.Congress.Host.Text }}", item, TestContext.Current.CancellationToken);

        Assert.Equal("Congress/2019/Ede & Wageningen", text);
    }

    [Fact]
    public async Task RenderAsync_NumberComparison_WorksOnJsonNumbers()
    {
        var item = ContentItemBuilder.Create("Congress", "Congres", """{ "Congress": { "Year": { "Value": 2019 } } }""");
        var sut = CreateSut();

        var text = await sut.RenderAsync("{% if Model.ContentItem.Content.Congress.Year.Value > 2000 %}nieuw{% endif %}", item, TestContext.Current.CancellationToken);

        Assert.Equal("nieuw", text);
    }

    [Fact]
    public async Task RenderAsync_InvalidLiquid_ThrowsLiquidLimitException()
    {
        var item = ContentItemBuilder.Create("Page", "Pagina");
        var sut = CreateSut();

        await Assert.ThrowsAsync<LiquidLimitException>(() => sut.RenderAsync("{{ Model.ContentItem | ", item, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RenderAsync_EndlessLoop_StopsAtStepLimit()
    {
        var item = ContentItemBuilder.Create("Page", "Pagina");
        var sut = CreateSut();

        await Assert.ThrowsAsync<LiquidLimitException>(
            () => sut.RenderAsync("{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}", item, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RenderAsync_HugeOutput_StopsAtOutputLimit()
    {
        var item = ContentItemBuilder.Create("Page", "Pagina");
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<LiquidLimitException>(
            () => sut.RenderAsync("{% for i in (1..2000) %}0123456789{% endfor %}", item, TestContext.Current.CancellationToken));

        Assert.Contains("uitvoer", ex.Message, StringComparison.Ordinal);
    }
}
