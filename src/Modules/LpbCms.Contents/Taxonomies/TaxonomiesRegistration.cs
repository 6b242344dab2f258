using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Taxonomies;

/// <summary>
/// Orchard's taxonomies: the <c>TaxonomyPart</c> of the <c>Taxonomy</c> type (its terms, content items
/// of <c>TermContentType</c> kept inside it) and the <c>TaxonomyField</c> that picks terms
/// (<c>{ "TaxonomyContentItemId": "…", "TermContentItemIds": ["…"] }</c>). The chosen term ids are
/// rows of the field index, so lists filter by term like a content picker (<c>Part.Field=termId</c>).
/// </summary>
public static class TaxonomiesRegistration
{
    public const string FieldName = "TaxonomyField";

    public static IServiceCollection AddTaxonomies(this IServiceCollection services)
    {
        services.AddContentPart(TaxonomyTerms.PartName).WithDisplayName("Taxonomie")
            .Property(TaxonomyTerms.TermContentTypeProperty, ContentValueKind.Text)
            .Property(TaxonomyTerms.TermsProperty, ContentValueKind.ItemList, inGraph: false)
            .Property("EnableOrdering", ContentValueKind.Boolean, inGraph: false)
            .HoldsTerms(TaxonomyTerms.TermsProperty)
            .AddHandler<TaxonomyPartHandler>(ContentHandlerStage.Normalize);

        services.AddContentField(FieldName).WithDisplayName("Termen uit een taxonomie")
            .Property(TaxonomyFieldHandler.TaxonomyProperty, ContentValueKind.Text, role: ContentPropertyRole.ContentItemId)
            .Property(TaxonomyFieldHandler.TermsProperty, ContentValueKind.TextList)
            .WithEditor(EditorKind.TextList, TaxonomyFieldHandler.TermsProperty)
            .WithEditorVariant("Tags", EditorKind.TextList)
            .WithEditorWhen(nameof(TaxonomyFieldSettings.Unique), EditorKind.Choice)
            .WithOptionsFrom<TaxonomyTermOptionsSource>()
            .IndexedOn(TaxonomyFieldHandler.TermsProperty)
            .AddHandler<TaxonomyFieldHandler>(ContentHandlerStage.Normalize);
        return services;
    }
}
