using LpbCms.Core.Deployment;
using LpbCms.Core.Media;
using LpbCms.Core.Recipes;
using LpbCms.Media.Deployment;
using LpbCms.Media.Library;
using LpbCms.Media.Recipes;
using LpbCms.Media.Resizing;
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
    /// <c>{LpbCms:DataPath}/media</c>), the media library (<see cref="IMediaLibrary"/>), resized
    /// variants cached in <c>{LpbCms:DataPath}/media-cache</c> and the <c>media</c> recipe step.
    /// </summary>
    public static IServiceCollection AddLpbMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                MediaOptionsPaths.Resolve(options, configuration[MediaOptions.DataPathKey], environment.ContentRootPath));
        services.TryAddSingleton<IMediaFileStore, FileSystemMediaFileStore>();
        services.TryAddSingleton<ResizedImageCache>();
        services.TryAddScoped<IMediaLibrary, MediaLibrary>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, MediaRecipeStep>());
        services.TryAddScoped<MediaDeploymentSource>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDeploymentSource, MediaDeploymentSource>(sp => sp.GetRequiredService<MediaDeploymentSource>()));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDeploymentFileSource, MediaDeploymentSource>(sp => sp.GetRequiredService<MediaDeploymentSource>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeploymentFileValidator, MediaContentValidator>());
        return services;
    }
}
