using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Changes;

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// Registers the recorder the content engine appends with, the validated <see cref="ChangeFeedOptions"/>
    /// (the host binds section <see cref="ChangeFeedOptions.SectionName"/>) and the pruning service. The
    /// feed's stores (<see cref="IChangeFeedWriter"/>, <see cref="IChangeFeed"/>, ...) come from the data layer.
    /// </summary>
    public static IServiceCollection AddLpbChangeFeed(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChangeFeedOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChangeFeedOptions>, ChangeFeedOptionsValidator>());
        services.TryAddScoped<ContentChangeRecorder>();
        services.TryAddSingleton<ChangeFeedPruningService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChangeFeedPruningService>(
            sp => sp.GetRequiredService<ChangeFeedPruningService>()));
        return services;
    }
}
