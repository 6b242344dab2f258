using LpbCms.Contents.Handlers;
using LpbCms.Contents.Liquid;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Tests.Handlers;

public sealed class TitlePartHandlerTests
{
    private readonly TitlePartHandler _sut = new(new ContentPatternRenderer(new ContentLiquidEngine(), new SlugService(), new ItemsByIdLoader()));

    [Fact]
    public async Task UpdatingAsync_Title_SetsDisplayText()
    {
        var item = ContentItemBuilder.Create("Gift", "oud", """{ "TitlePart": { "Title": "Vijf gelukwensen" } }""");
        var type = TypeDefinitionBuilder.WithPart("Gift", "TitlePart");

        await _sut.UpdatingAsync(new ContentContext(item, type), TestContext.Current.CancellationToken);

        Assert.Equal("Vijf gelukwensen", item.DisplayText);
    }

    [Fact]
    public async Task UpdatingAsync_GeneratedTitle_IsRenderedFromPattern()
    {
        var item = ContentItemBuilder.Create("Congress", null, """{ "TitlePart": { "Title": "" }, "Congress": { "Year": { "Value": 2019 } } }""");
        var type = TypeDefinitionBuilder.WithPart("Congress", "TitlePart", """{ "TitlePartSettings": { "Options": "GeneratedDisabled", "Pattern": "Congres {{ Model.ContentItem.Content.Congress.Year.Value }}" } }""");

        await _sut.UpdatingAsync(new ContentContext(item, type), TestContext.Current.CancellationToken);

        Assert.Equal("Congres 2019", item.DisplayText);
        Assert.Equal("Congres 2019", ContentParts.GetString(item.Content["TitlePart"]!.AsObject(), "Title"));
    }

    [Fact]
    public async Task ValidatingAsync_RequiredTitleMissing_IsError()
    {
        var item = ContentItemBuilder.Create("Gift", null, """{ "TitlePart": { "Title": "" } }""");
        var type = TypeDefinitionBuilder.WithPart("Gift", "TitlePart", """{ "TitlePartSettings": { "Options": 3 } }""");
        var context = new ValidateContentContext(item, type);

        await _sut.ValidatingAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal("TitlePart.Title", Assert.Single(context.Errors).Path);
    }

    [Fact]
    public async Task UpdatingAsync_BrokenPattern_ThrowsValidationErrorAtTitle()
    {
        var item = ContentItemBuilder.Create("Gift", null, """{ "TitlePart": {} }""");
        var type = TypeDefinitionBuilder.WithPart("Gift", "TitlePart", """{ "TitlePartSettings": { "Options": "GeneratedHidden", "Pattern": "{% if %}" } }""");

        var ex = await Assert.ThrowsAsync<ContentValidationException>(() => _sut.UpdatingAsync(new ContentContext(item, type), TestContext.Current.CancellationToken));

        Assert.Equal("TitlePart.Title", Assert.Single(ex.Errors).Path);
    }
}
