using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Recipes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;

namespace LpbCms.Web.Hosting;

public static class ModuleRegistration
{
    public static WebApplicationBuilder AddLpbModules(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        catalog = catalog.With(AddedByHostingStartups(builder.Services));
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<IFeatureCatalog, ModuleFeatureCatalog>();
        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(builder.Services, builder.Configuration);
        }

        return builder;
    }

    /// <summary>
    /// Routing, then authentication and authorization (when a module registered them), then the
    /// output cache (when a module registered it: after authorization, so a cached response is only
    /// served to a caller still permitted to see it, and once for all modules), then each module's
    /// middleware: the order <see cref="Abstractions.IModuleStartup.Configure"/> promises.
    /// </summary>
    public static WebApplication UseLpbModules(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services.GetRequiredService<IServiceProviderIsService>();
        app.UseRouting();
        if (services.IsService(typeof(IAuthenticationSchemeProvider)))
        {
            app.UseAuthentication();
        }

        if (services.IsService(typeof(IAuthorizationHandlerProvider)))
        {
            app.UseAuthorization();
        }

        if (services.IsService(typeof(IOutputCacheStore)))
        {
            app.UseOutputCache();
        }

        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.Configure(app);
        }

        return app;
    }

    /// <summary>
    /// Modules that an <c>IHostingStartup</c> assembly (named in <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c>)
    /// registered as <see cref="Abstractions.IModuleStartup"/> instances before the host composed its
    /// own: how bench/run.sh adds its fixed-payload endpoint without that code being part of this host.
    /// </summary>
    private static List<Abstractions.IModuleStartup> AddedByHostingStartups(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(Abstractions.IModuleStartup))
            .Select(d => d.ImplementationInstance)
            .OfType<Abstractions.IModuleStartup>()
            .ToList();

    public static WebApplication MapLpbModules(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        // Build the content catalogue now, so a part or field described wrongly stops the host at
        // start with a ContentCatalogException naming it, not the first request that reads it.
        app.Services.GetRequiredService<IContentCatalog>();

        return app;
    }
}
