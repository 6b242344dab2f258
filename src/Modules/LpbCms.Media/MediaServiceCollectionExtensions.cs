using LpbCms.Core.Recipes;
using LpbCms.Media.Recipes;
using LpbCms.Media.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LpbCms.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// The disk media store (<see cref="MediaOptions"/> from <c>LpbCms:Media</c>, root defaulting to
    /// <c>{LpbCms:DataPath}/media</c>) and the <c>media</c> recipe step.
    /// </summary>
    public static IServiceCollection AddLpbMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                MediaOptionsPaths.Resolve(options, configuration[MediaOptions.DataPathKey], environment.ContentRootPath));
        services.TryAddSingleton<IMediaFileStore, FileSystemMediaFileStore>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, MediaRecipeStep>());
        return services;
    }
}
