using LpbCms.Core.Changes;
using LpbCms.Core.Deployment;
using LpbCms.Core.Recipes;
using LpbCms.Core.Setup;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting;

public static class OptionsRegistration
{
    private const string RecipeOptionsSection = "LpbCms:Recipes";

    /// <summary>
    /// Resolves and validates the host settings (throws <see cref="OptionsValidationException"/>
    /// with every problem listed) and binds the first-run settings (<c>LpbCms:Setup</c>) and the
    /// recipe settings (<c>LpbCms:Recipes</c>, with the resolved folders) and the change feed's
    /// settings (<c>LpbCms:ChangeFeed</c>, validated when the host starts) and the backup limits
    /// (<c>LpbCms:Backup</c>).
    /// </summary>
    public static LpbCmsOptions AddLpbOptions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = LpbCmsOptionsResolver.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddOptions<SetupOptions>()
            .Bind(builder.Configuration.GetSection(SetupOptions.SectionName))
            .PostConfigure(setup => setup.InitialAdminPasswordFile ??= Path.Combine(options.DataPath, "initial-admin-password"));
        builder.Services.AddOptions<RecipeOptions>()
            .Bind(builder.Configuration.GetSection(RecipeOptionsSection))
            .PostConfigure(recipes =>
            {
                // The binder added the configured folders as written; use the resolved, absolute list.
                recipes.Folders.Clear();
                foreach (var folder in options.Recipes.Folders)
                {
                    recipes.Folders.Add(folder);
                }
            });
        builder.Services.AddOptions<ChangeFeedOptions>().Bind(builder.Configuration.GetSection(ChangeFeedOptions.SectionName));
        builder.Services.AddOptions<DeploymentOptions>().Bind(builder.Configuration.GetSection(DeploymentOptions.SectionName));
        return options;
    }
}
