using LpbCms.Contents.Catalog;
using LpbCms.Contents.Handlers;
using LpbCms.Contents.Taxonomies;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Tests.Taxonomies;

public sealed class TaxonomyPartHandlerTests
{
    private readonly TaxonomyPartHandler _sut = new();

    [Fact]
    public async Task UpdatingAsync_GivesEachTermItsTypeDisplayTextAndTaxonomy()
    {
        var item = ContentItemBuilder.Create("Taxonomy", "Thema", """
            { "TaxonomyPart": { "TermContentType": "Thema", "Terms": [
                { "ContentItemId": "t1", "TitlePart": { "Title": "preventie" },
                  "Terms": [ { "ContentItemId": "t2", "ContentType": "Anders", "DisplayText": "jeugd" } ] } ] } }
            """);

        await _sut.UpdatingAsync(new ContentContext(item, null), TestContext.Current.CancellationToken);

        var parent = item.Content["TaxonomyPart"]!["Terms"]![0]!;
        var child = parent["Terms"]![0]!;
        Assert.Equal("Thema", (string?)parent["ContentType"]);
        Assert.Equal("preventie", (string?)parent["DisplayText"]);
        Assert.Equal(item.ContentItemId, (string?)parent["TermPart"]!["TaxonomyContentItemId"]);
        Assert.Equal("Anders", (string?)child["ContentType"]);
        Assert.Equal(item.ContentItemId, (string?)child["TermPart"]!["TaxonomyContentItemId"]);
    }

    [Fact]
    public async Task ValidatingAsync_TermsWithoutOrWithDuplicateIds_AreErrorsWithPaths()
    {
        var item = ContentItemBuilder.Create("Taxonomy", "Thema", """
            { "TaxonomyPart": { "Terms": [
                { "ContentItemId": "t1", "Terms": [ { "ContentItemId": "t1" }, { "DisplayText": "zonder id" }, 5 ] },
                { "ContentItemId": "t3", "Terms": "geen lijst" } ] } }
            """);
        var context = new ValidateContentContext(item, null);

        await _sut.ValidatingAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                ("TaxonomyPart.Terms[0].Terms[0].ContentItemId", "De term-id 't1' komt meer dan eens voor in deze taxonomie."),
                ("TaxonomyPart.Terms[0].Terms[1].ContentItemId", "Een term heeft een eigen ContentItemId nodig."),
                ("TaxonomyPart.Terms[0].Terms[2]", "Een term moet een JSON-object zijn, maar kreeg het getal 5."),
                ("TaxonomyPart.Terms[1].Terms", "Verwacht een lijst met termen, maar kreeg tekst \"geen lijst\"."),
            ],
            context.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public async Task ShapeCheck_TermsNotAnArray_IsError()
    {
        var item = ContentItemBuilder.Create("Taxonomy", "Thema", """{ "TaxonomyPart": { "Terms": "x" } }""");
        var context = new ValidateContentContext(item, TypeDefinitionBuilder.WithPart("Taxonomy", "TaxonomyPart"));

        await new PartShapeHandler(ContentsCatalog.CreateStandard()).ValidatingAsync(context, TestContext.Current.CancellationToken);

        var error = Assert.Single(context.Errors);
        Assert.Equal(("TaxonomyPart.Terms", "Verwacht een lijst met items, maar kreeg tekst \"x\"."), (error.Path, error.Message));
    }
}
