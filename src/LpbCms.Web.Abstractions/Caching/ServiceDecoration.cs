using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Abstractions.Caching;

/// <summary>Wraps an already registered service in a decorator, keeping its lifetime.</summary>
public static class ServiceDecoration
{
    /// <exception cref="InvalidOperationException">The service is not registered yet (the core must be added before the modules).</exception>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it can be decorated; add the core services before the modules.");
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(TService), provider => decorate(provider, CreateInner<TService>(provider, original)), original.Lifetime);
        return services;
    }

    private static TService CreateInner<TService>(IServiceProvider provider, ServiceDescriptor original)
        where TService : class =>
        (TService)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
}
