using LpbCms.Core;
using LpbCms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>Builds the service provider shared by both fixtures and applies migrations.</summary>
internal static class DatabaseServices
{
    public static async Task<ServiceProvider> BuildAsync(Action<IServiceCollection> addProvider, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        addProvider(services);
        services.AddLpbCore();
        // The contents module's part and field descriptors (route path, indexed properties), without its handlers.
        services.AddSingleton(LpbCms.Contents.Catalog.ContentsCatalog.CreateStandard());
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return provider;
    }
}
