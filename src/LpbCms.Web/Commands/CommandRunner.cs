using LpbCms.Web.Hosting;

namespace LpbCms.Web.Commands;

public static class CommandRunner
{
    /// <summary>The start-up sequence (migrate, set up) and the command-line commands that share it.</summary>
    public static IServiceCollection AddLpbCommands(this IServiceCollection services)
    {
        services.AddSingleton<StartupSequence>();
        services.AddScoped<RecipeRunCommand>();
        services.AddScoped<ExportCommand>();
        services.AddScoped<ImportCommand>();
        return services;
    }

    /// <summary>Runs a command with the host's services, without starting the web server. Returns the exit code.</summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HostInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(invocation);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let the transaction roll back instead of killing the process mid-write.
            e.Cancel = true;
            cancellation.Cancel();
        };

        if (!await app.Services.GetRequiredService<StartupSequence>().MigrateAsync(cancellation.Token))
        {
            return RecipeRunCommand.FailedExitCode;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return invocation.Mode switch
        {
            HostMode.Export => await services.GetRequiredService<ExportCommand>().RunAsync(invocation.PackageFile!, invocation.Versions, Console.Out, Console.Error, cancellation.Token),
            HostMode.Import => await services.GetRequiredService<ImportCommand>().RunAsync(invocation.PackageFile!, Console.Out, Console.Error, cancellation.Token),
            _ => await services.GetRequiredService<RecipeRunCommand>().RunAsync(invocation.RecipeFile!, Console.Out, Console.Error, cancellation.Token),
        };
    }
}
