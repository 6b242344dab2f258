using LpbCms.Display.Routing;
using LpbCms.Display.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Display;

public static class DisplayServiceCollectionExtensions
{
    /// <summary>
    /// The Liquid renderer and the routed item lookup. Needs the slug, sanitizer and Markdown services
    /// (<c>LpbCms.Core.Text</c>, registered by the contents module). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddLpbDisplay(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DisplayOptions>();
        services.TryAddSingleton<DisplayRenderer>();
        services.TryAddScoped<RoutedItemLookup>();
        return services;
    }

    /// <summary>Adds a module's or theme's templates.</summary>
    public static IServiceCollection AddTemplateSource(this IServiceCollection services, ITemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(source);
        services.AddSingleton(source);
        return services;
    }
}
