namespace LpbCms.Web.Hosting;

public static class HostRunner
{
    public const int StartupFailedExitCode = 1;

    /// <summary>
    /// Migrates and sets up before the server accepts requests, then serves until SIGTERM/Ctrl+C
    /// (the generic host stops gracefully; NLog flushes when the host is disposed).
    /// </summary>
    public static async Task<int> RunLpbCmsAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        if (!await app.Services.GetRequiredService<StartupSequence>().RunAsync(lifetime.ApplicationStopping))
        {
            return StartupFailedExitCode;
        }

        await app.RunAsync();
        return 0;
    }
}
