using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace LpbTheme.Caching;

/// <summary>
/// The output cache policy of the site's pages: anonymous GET/HEAD 200 responses (ASP.NET Core's default
/// rules), tagged <see cref="Tag"/>, varying only by the blog's page number, the accepted encodings and
/// the cache generation (see <see cref="PageCacheGeneration"/>). Other query strings share the entry, so
/// they cannot be used to fill the cache.
/// </summary>
public static class PageCachePolicy
{
    public const string Name = "LpbTheme.Page";

    /// <summary>Every cached page carries this tag: any content change can change any list, so all are evicted together.</summary>
    public const string Tag = "lpbtheme-pages";

    /// <summary>Pages are evicted on change; this only bounds how long an unused page holds memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public static IServiceCollection AddPageOutputCache(this IServiceCollection services)
    {
        services.AddSingleton<PageCacheGeneration>();
        services.AddOutputCache(options => options.AddPolicy(Name, builder => builder
            .Tag(Tag)
            .Expire(Lifetime)
            .SetVaryByQuery("pagina")
            .SetVaryByHeader("Accept-Encoding")
            .VaryByValue(context => new KeyValuePair<string, string>(
                PageCacheGeneration.KeyName,
                context.RequestServices.GetRequiredService<PageCacheGeneration>().Current))));
        return services;
    }
}
