using LpbCms.Core.Recipes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LpbCms.Web.Hosting;

public static class ModuleRegistration
{
    public static WebApplicationBuilder AddLpbModules(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<IFeatureCatalog, ModuleFeatureCatalog>();
        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(builder.Services, builder.Configuration);
        }

        return builder;
    }

    /// <summary>
    /// Routing, then authentication and authorization (when a module registered them), then each
    /// module's middleware: the order <see cref="Abstractions.IModuleStartup.Configure"/> promises.
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

        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.Configure(app);
        }

        return app;
    }

    public static WebApplication MapLpbModules(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
