using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Setup;

public static class SetupServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISetupService"/> (scoped, like the stores it uses) and the validation of
    /// <see cref="SetupOptions"/>. The host binds the options to configuration section
    /// <see cref="SetupOptions.SectionName"/>; an <see cref="IUserProvisioner"/> comes from the users module.
    /// </summary>
    public static IServiceCollection AddLpbSetup(this IServiceCollection services)
    {
        services.AddOptions<SetupOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SetupOptions>, SetupOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<SetupService>();
        services.TryAddScoped<ISetupService>(sp => sp.GetRequiredService<SetupService>());
        return services;
    }
}
