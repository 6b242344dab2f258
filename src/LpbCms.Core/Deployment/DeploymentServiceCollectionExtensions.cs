using LpbCms.Core.Deployment.Sources;
using LpbCms.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Deployment;

public static class DeploymentServiceCollectionExtensions
{
    /// <summary>Full backup and restore (deployment packages); modules add their own <see cref="IDeploymentSource"/>s.</summary>
    public static IServiceCollection AddLpbDeployment(this IServiceCollection services)
    {
        services.AddOptions<DeploymentOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeploymentOptions>, DeploymentOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StreamedRecipeReader>();
        services.TryAddScoped<DeploymentPackageExporter>();
        services.TryAddScoped<DeploymentPackageExtractor>();
        services.TryAddScoped<DeploymentPackageImporter>();
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IDeploymentSource, ContentDefinitionDeploymentSource>(),
            ServiceDescriptor.Scoped<IDeploymentSource, SettingsDeploymentSource>(),
            ServiceDescriptor.Scoped<IDeploymentSource, ContentDeploymentSource>(),
        ]);
        return services;
    }
}
