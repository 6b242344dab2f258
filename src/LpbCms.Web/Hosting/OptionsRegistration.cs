using LpbCms.Core.Setup;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting;

public static class OptionsRegistration
{
    /// <summary>
    /// Resolves and validates the host settings (throws <see cref="OptionsValidationException"/>
    /// with every problem listed) and binds the first-run settings of <c>LpbCms:Setup</c>.
    /// </summary>
    public static LpbCmsOptions AddLpbOptions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = LpbCmsOptionsResolver.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddOptions<SetupOptions>()
            .Bind(builder.Configuration.GetSection(SetupOptions.SectionName))
            .PostConfigure(setup => setup.InitialAdminPasswordFile ??= Path.Combine(options.DataPath, "initial-admin-password"));
        return options;
    }
}
