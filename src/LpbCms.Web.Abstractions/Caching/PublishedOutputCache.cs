using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>
/// The output cache of published, anonymous responses shared by the theme's pages and the API's
/// reads: every entry carries <see cref="Tag"/> and the <see cref="PublishedCacheGeneration"/> in its
/// key, and all are evicted together after a publish, unpublish, removal, direct change of a published
/// version, definition change or site settings change is committed. The host calls
/// <c>UseOutputCache()</c> once, after authentication and authorization, when this is registered.
/// </summary>
public static class PublishedOutputCache
{
    /// <summary>Every cached published response carries this tag: any content change can change any list, so all are evicted together.</summary>
    public const string Tag = "lpb-published";

    /// <summary>Configuration section bound to <see cref="OutputCacheOptions"/> (<c>SizeLimit</c> and <c>MaximumBodySize</c> in bytes).</summary>
    public const string ConfigurationSection = "LpbCms:OutputCache";

    /// <summary>All cached responses together: pages and API reads of a site this size fit many times over.</summary>
    public const long DefaultSizeLimitBytes = 32L * 1024 * 1024;

    /// <summary>Larger responses (long expanded lists) are served but not kept.</summary>
    public const long DefaultMaximumBodyBytes = 1024L * 1024;

    /// <summary>Registers the store, the generation, the evictor, the content handler and the evicting decorators (once, however many modules ask).</summary>
    /// <exception cref="InvalidOperationException">The core services are not registered yet.</exception>
    public static IServiceCollection AddLpbPublishedOutputCache(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(PublishedCacheGeneration)))
        {
            return services;
        }

        // Content ids and paths are case-sensitive: two spellings must never share an entry. The
        // cache is bounded (the framework's defaults would let it hold 100 MB, 64 MB per response):
        // when full, new responses are served but not stored. LpbCms:OutputCache overrides the limits.
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true;
            options.SizeLimit = DefaultSizeLimitBytes;
            options.MaximumBodySize = DefaultMaximumBodyBytes;
        });
        services.AddOptions<OutputCacheOptions>().BindConfiguration(ConfigurationSection);
        services.AddSingleton<PublishedCacheGeneration>();
        services.AddSingleton<PublishedCacheEvictor>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, PublishedCacheEvictionHandler>());
        services.Decorate<IContentDefinitionManager>((provider, inner) => new CacheEvictingDefinitionManager(
            inner, provider.GetRequiredService<PublishedCacheEvictor>(), provider.GetRequiredService<IUnitOfWork>()));
        services.Decorate<ISiteService>((provider, inner) => new CacheEvictingSiteService(
            inner, provider.GetRequiredService<PublishedCacheEvictor>(), provider.GetRequiredService<IUnitOfWork>()));
        return services;
    }

    /// <summary>Tags the entry with <see cref="Tag"/> and keys it by the current generation.</summary>
    public static OutputCachePolicyBuilder AsPublishedResponse(this OutputCachePolicyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Tag(Tag).VaryByValue(context => new KeyValuePair<string, string>(
            PublishedCacheGeneration.KeyName,
            context.RequestServices.GetRequiredService<PublishedCacheGeneration>().Current));
    }
}
