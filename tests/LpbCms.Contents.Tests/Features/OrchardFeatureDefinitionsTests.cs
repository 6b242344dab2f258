using LpbCms.Contents.Features;

namespace LpbCms.Contents.Tests.Features;

public sealed class OrchardFeatureDefinitionsTests
{
    [Fact]
    public void For_Menu_DefinesMenuAndMenuItemTypes()
    {
        var document = OrchardFeatureDefinitions.For("OrchardCore.Menu");

        Assert.NotNull(document);
        Assert.Equal(["Menu", "LinkMenuItem", "ContentMenuItem", "HtmlMenuItem"], document.ContentTypes.Select(t => t.Name), StringComparer.Ordinal);
        var menu = document.ContentTypes[0];
        Assert.Equal(["TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart"], menu.ContentTypePartDefinitionRecords.Select(p => p.PartName), StringComparer.Ordinal);
    }

    [Fact]
    public void For_Taxonomies_DefinesTaxonomyWithAutoroute()
    {
        var document = OrchardFeatureDefinitions.For("OrchardCore.Taxonomies");

        Assert.NotNull(document);
        var taxonomy = Assert.Single(document.ContentTypes);
        Assert.Equal("Taxonomy", taxonomy.Name);
        Assert.Equal(["TitlePart", "AliasPart", "AutoroutePart", "TaxonomyPart"], taxonomy.ContentTypePartDefinitionRecords.Select(p => p.PartName), StringComparer.Ordinal);
    }

    [Fact]
    public void For_FeatureWithoutTypes_ReturnsNull()
    {
        var document = OrchardFeatureDefinitions.For("OrchardCore.Title");

        Assert.Null(document);
    }
}
