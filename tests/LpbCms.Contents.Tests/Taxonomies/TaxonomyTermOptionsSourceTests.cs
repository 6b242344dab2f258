using System.Text.Json.Nodes;
using LpbCms.Contents.Taxonomies;
using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Contents.Tests.Taxonomies;

/// <summary>The term choices from a taxonomy item (the host tests read a stored one; these cover the tree rules).</summary>
public sealed class TaxonomyTermOptionsSourceTests
{
    private static readonly LpbCms.Core.Contents.ContentItem Taxonomy = CreateTaxonomy();

    [Fact]
    public async Task GetOptionsAsync_NestedTerms_AreListedDepthFirstAndIndented()
    {
        var options = await Source().GetOptionsAsync(Settings(), TestContext.Current.CancellationToken);

        Assert.Equal([new("t1", "zorg"), new("t2", "– jeugd"), new("t3", "– – jongerenwerk"), new("t4", "wonen")], options);
    }

    [Fact]
    public async Task GetOptionsAsync_LeavesOnly_LeavesOutTermsWithChildren()
    {
        var options = await Source().GetOptionsAsync(Settings(leavesOnly: true), TestContext.Current.CancellationToken);

        Assert.Equal(["t3", "t4"], options.Select(o => o.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bestaat-niet")]
    public async Task GetOptionsAsync_NoOrUnknownTaxonomy_GivesNoChoices(string? taxonomyId)
    {
        var settings = new JsonObject { ["TaxonomyContentItemId"] = taxonomyId };

        Assert.Empty(await Source().GetOptionsAsync(settings, TestContext.Current.CancellationToken));
    }

    private static TaxonomyTermOptionsSource Source() => new(new ItemsByIdLoader(Taxonomy));

    private static JsonObject Settings(bool leavesOnly = false) =>
        new() { ["TaxonomyContentItemId"] = Taxonomy.ContentItemId, ["LeavesOnly"] = leavesOnly };

    private static LpbCms.Core.Contents.ContentItem CreateTaxonomy() => ContentItemBuilder.Create("Taxonomy", "Onderwerpen", """
        { "TaxonomyPart": { "TermContentType": "Onderwerp", "Terms": [
            { "ContentItemId": "t1", "DisplayText": "zorg", "Terms": [
                { "ContentItemId": "t2", "TitlePart": { "Title": "jeugd" }, "Terms": [ { "ContentItemId": "t3", "DisplayText": "jongerenwerk" } ] } ] },
            { "DisplayText": "zonder id" },
            { "ContentItemId": "t4", "DisplayText": "wonen" } ] } }
        """);
}
