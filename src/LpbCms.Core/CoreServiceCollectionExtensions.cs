using LpbCms.Core.Changes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Core;

/// <summary>Registers the content engine. The data layer (stores, unit of work) is registered separately.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the content manager, definition manager and site service (scoped
    /// where they use the scoped stores), the change feed's recorder and pruning, and the memory cache. <see cref="IContentUserAccessor"/>
    /// defaults to "no user"; register another one before this call or replace it afterwards.
    /// </summary>
    public static IServiceCollection AddLpbCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddContentCatalog();
        services.TryAddSingleton<IContentUserAccessor, NullContentUserAccessor>();
        services.TryAddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.TryAddScoped<ISiteService, SiteService>();
        services.TryAddScoped<IContentManager, ContentManager>();
        services.AddLpbChangeFeed();
        return services;
    }
}
