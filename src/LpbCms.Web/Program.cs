using LpbCms.Core;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Deployment;
using LpbCms.Core.Setup;
using LpbCms.Web.Commands;
using LpbCms.Web.Hosting;
using LpbCms.Web.Hosting.Security;
using Microsoft.Extensions.Options;

var invocation = HostInvocation.Parse(args);
if (invocation.Mode is HostMode.Help or HostMode.Invalid)
{
    return CommandLineUsage.Print(invocation);
}

try
{
    var builder = WebApplication.CreateBuilder(invocation.HostArgs);
    var options = builder.AddLpbOptions();
    builder.AddLpbLogging(options).UseLpbDefaultUrls();
    builder.AddLpbSecurity();
    builder.Services.AddLpbDatabase(options).AddLpbCore().AddLpbRecipes().AddLpbSetup().AddLpbDeployment();
    builder.AddLpbModules(ModuleCatalog.CreateDefault());
    builder.Services.AddLpbErrorHandling().AddLpbHealthChecks().AddLpbCommands();

    await using var app = builder.Build();
    if (invocation.Mode is HostMode.RunRecipe or HostMode.Export or HostMode.Import)
    {
        return await app.RunCommandAsync(invocation);
    }

    // Proxy first (client address and scheme), headers before error handling (error pages get
    // them too), sign-in limits before the modules' authentication (which answers /connect/token).
    app.UseLpbReverseProxy().UseLpbSecurityHeaders().UseLpbErrorHandling().UseLpbSignInThrottle().UseLpbModules();
    app.MapLpbHealthChecks();
    app.MapLpbModules();
    return await app.RunLpbCmsAsync();
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", ex.Failures)}");
    return HostRunner.StartupFailedExitCode;
}
catch (ModuleCatalogException ex)
{
    await Console.Error.WriteLineAsync($"Module error: {ex.Message}");
    return HostRunner.StartupFailedExitCode;
}
catch (ContentCatalogException ex)
{
    await Console.Error.WriteLineAsync($"Content catalogue error: {ex.Message}");
    return HostRunner.StartupFailedExitCode;
}
