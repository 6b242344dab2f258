using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Core.Tests.Contents;

/// <summary>
/// A catalogue with Orchard's field types as the contents module describes them (the core tests do
/// not reference that module): the indexed property and its kind are what the index builder reads.
/// </summary>
internal static class TestCatalog
{
    public static IContentCatalog Fields { get; } = Create();

    private static ContentCatalog Create()
    {
        var services = new ServiceCollection();
        services.AddContentField("TextField").WithDisplayName("Tekst").Property("Text", ContentValueKind.Text).IndexedOn("Text");
        services.AddContentField("HtmlField").WithDisplayName("HTML").Property("Html", ContentValueKind.Text);
        services.AddContentField("NumericField").WithDisplayName("Getal").Property("Value", ContentValueKind.Number).IndexedOn("Value");
        services.AddContentField("BooleanField").WithDisplayName("Ja/nee").Property("Value", ContentValueKind.Boolean).IndexedOn("Value");
        services.AddContentField("DateField").WithDisplayName("Datum").Property("Value", ContentValueKind.Date).IndexedOn("Value");
        services.AddContentField("DateTimeField").WithDisplayName("Datum en tijd").Property("Value", ContentValueKind.DateTime).IndexedOn("Value");
        services.AddContentField("TimeField").WithDisplayName("Tijd").Property("Value", ContentValueKind.Time);
        services.AddContentField("LinkField").WithDisplayName("Link").Property("Url", ContentValueKind.Text).Property("Text", ContentValueKind.Text).IndexedOn("Url");
        services.AddContentField("ContentPickerField").WithDisplayName("Kiezer").Property("ContentItemIds", ContentValueKind.TextList).IndexedOn("ContentItemIds");
        services.AddContentField("MediaField").WithDisplayName("Media").Property("Paths", ContentValueKind.TextList).IndexedOn("Paths");
        services.AddContentField("MultiTextField").WithDisplayName("Keuzes").Property("Values", ContentValueKind.TextList).IndexedOn("Values");
        return new ContentCatalog(ContentCatalogServiceCollectionExtensions.Registrations(services));
    }
}
