using LpbCms.Contents.Fields.MultiText;
using LpbCms.Contents.Taxonomies;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Catalog;

/// <summary>The parts and field types this module owns, registered in the content catalogue with their handlers.</summary>
public static class ContentsCatalog
{
    public static IServiceCollection AddContentsCatalog(this IServiceCollection services) =>
        services.AddStandardParts().AddStandardFields().AddMultiTextField().AddTaxonomies();

    /// <summary>A catalogue of just this module's parts and fields (for hosts and tests that need the descriptors only).</summary>
    public static IContentCatalog CreateStandard()
    {
        var services = new ServiceCollection().AddContentsCatalog();
        return new ContentCatalog(ContentCatalogServiceCollectionExtensions.Registrations(services));
    }
}
