using System.Text.Json.Nodes;
using LpbCms.Contents.Catalog;
using LpbCms.Contents.Taxonomies;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Tests.Taxonomies;

public sealed class TaxonomyCatalogueTests
{
    private readonly IContentCatalog _catalog = ContentsCatalog.CreateStandard();

    [Fact]
    public void TaxonomyField_IsIndexedOnItsTermIds()
    {
        var field = _catalog.FindField("TaxonomyField");

        Assert.NotNull(field);
        Assert.Equal(
            [new ContentPropertyDescriptor("TaxonomyContentItemId", ContentValueKind.Text, Role: ContentPropertyRole.ContentItemId), new ContentPropertyDescriptor("TermContentItemIds", ContentValueKind.TextList)],
            field.Properties);
        Assert.Equal("TermContentItemIds", field.IndexedProperty);
        Assert.Equal(FieldIndexKind.Text, field.IndexKind);
        Assert.Null(field.GraphScalarProperty);
        Assert.Equal(typeof(TaxonomyTermOptionsSource), field.OptionsSourceType);
        Assert.Contains(field.Handlers, h => h.HandlerType == typeof(TaxonomyFieldHandler) && h.Stage == ContentHandlerStage.Normalize);
    }

    [Theory]
    [InlineData("{}", null, EditorKind.TextList)]
    [InlineData("""{ "TaxonomyFieldSettings": { "Unique": true } }""", null, EditorKind.Choice)]
    [InlineData("""{ "TaxonomyFieldSettings": { "Unique": "True" } }""", null, EditorKind.Choice)]
    [InlineData("""{ "TaxonomyFieldSettings": { "Unique": false } }""", null, EditorKind.TextList)]
    [InlineData("""{ "TaxonomyFieldSettings": { "Unique": true } }""", "Tags", EditorKind.TextList)]
    public void TaxonomyField_EditorIsAChoiceWhenUnique(string settings, string? editorName, EditorKind expected)
    {
        var field = _catalog.FindField("TaxonomyField")!;

        Assert.Equal(expected, field.EditorFor(editorName, JsonNode.Parse(settings)!.AsObject()));
    }

    [Fact]
    public void TaxonomyPart_KeepsItsTermsAsAListOfItemsOutOfGraphQL()
    {
        var part = _catalog.FindPart("TaxonomyPart");

        Assert.NotNull(part);
        Assert.Equal(new ContentPropertyDescriptor("Terms", ContentValueKind.ItemList, InGraph: false), part.FindProperty("Terms"));
        Assert.Equal(ContentValueKind.Text, part.FindProperty("TermContentType")?.Kind);
        Assert.Contains(part.Handlers, h => h.HandlerType == typeof(TaxonomyPartHandler));
    }

    [Fact]
    public void Catalogue_ItemListShownInGraphQL_IsAStartUpErrorNamingIt()
    {
        var services = new ServiceCollection();
        services.AddContentPart("WidgetPart").WithDisplayName("Widgets").Property("Widgets", ContentValueKind.ItemList);

        var error = Assert.Throws<ContentCatalogException>(() => new ContentCatalog(ContentCatalogServiceCollectionExtensions.Registrations(services)));

        Assert.Contains("Part 'WidgetPart' shows the list of items 'Widgets' in GraphQL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_ChoiceEditorBySettingWithoutOptions_IsAStartUpErrorNamingIt()
    {
        var services = new ServiceCollection();
        services.AddContentField("PickField").WithDisplayName("Kies").Property("Ids", ContentValueKind.TextList)
            .WithEditor(EditorKind.TextList, "Ids").WithEditorWhen("Unique", EditorKind.Choice);

        var error = Assert.Throws<ContentCatalogException>(() => new ContentCatalog(ContentCatalogServiceCollectionExtensions.Registrations(services)));

        Assert.Contains("Field type 'PickField' has a choice editor but no options source", error.Message, StringComparison.Ordinal);
    }
}
