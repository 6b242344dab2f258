using LpbCms.Contents.Handlers;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Tests.Handlers;

public sealed class PartShapeHandlerTests
{
    private readonly PartShapeHandler _sut = new(LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard());

    [Fact]
    public async Task ValidatingAsync_WrongPropertyTypes_AreErrorsWithPaths()
    {
        var item = ContentItemBuilder.Create("BlogPost", "Post", """
            { "TitlePart": { "Title": 5 }, "AutoroutePart": { "Path": ["a"], "SetHomepage": "ja" },
              "ContainedPart": { "ListContentItemId": "x", "Order": "eerste" } }
            """);
        var context = new ValidateContentContext(item, TypeDefinitionBuilder.WithPart("BlogPost", "TitlePart"));

        await _sut.ValidatingAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(
            ["TitlePart.Title", "AutoroutePart.Path", "AutoroutePart.SetHomepage", "ContainedPart.Order"],
            context.Errors.Select(e => e.Path),
            StringComparer.Ordinal);
    }

    [Fact]
    public async Task ValidatingAsync_UnknownPart_IsLeftAlone()
    {
        var item = ContentItemBuilder.Create("BlogPost", "Post", """{ "LayerMetadata": { "Zone": 5 }, "TitlePart": { "Title": "Post" } }""");
        var context = new ValidateContentContext(item, typeDefinition: null);

        await _sut.ValidatingAsync(context, TestContext.Current.CancellationToken);

        Assert.True(context.IsValid);
    }
}
