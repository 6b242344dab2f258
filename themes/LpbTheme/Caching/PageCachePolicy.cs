using LpbCms.Web.Abstractions.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace LpbTheme.Caching;

/// <summary>
/// The output cache policy of the site's pages: anonymous GET/HEAD 200 responses (ASP.NET Core's default
/// rules), a published response (<see cref="PublishedOutputCache"/>: shared tag and generation, evicted on
/// every published change), varying only by the blog's page number and the accepted encodings. Other
/// query strings share the entry, so they cannot be used to fill the cache.
/// </summary>
public static class PageCachePolicy
{
    public const string Name = "LpbTheme.Page";

    /// <summary>Pages are evicted on change; this only bounds how long an unused page holds memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public static IServiceCollection AddPageOutputCache(this IServiceCollection services)
    {
        services.AddLpbPublishedOutputCache();
        services.AddOutputCache(options => options.AddPolicy(Name, builder => builder
            .AsPublishedResponse()
            .Expire(Lifetime)
            .SetVaryByQuery("pagina")
            .SetVaryByHeader("Accept-Encoding")));
        return services;
    }
}
