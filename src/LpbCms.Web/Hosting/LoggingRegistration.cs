using NLog;
using NLog.Web;

namespace LpbCms.Web.Hosting;

public static class LoggingRegistration
{
    /// <summary>
    /// Logs through NLog with nlog.config (console and a daily file in <c>{DataPath}/logs</c>).
    /// Each host gets its own LogFactory, so hosts with different data folders in one process
    /// (integration tests) do not write into each other's folders.
    /// </summary>
    public static WebApplicationBuilder AddLpbLogging(this WebApplicationBuilder builder, LpbCmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var configFile = Path.Combine(AppContext.BaseDirectory, "nlog.config");
        builder.Logging.ClearProviders();
        builder.UseNLog(
            new NLogAspNetCoreOptions
            {
                // Flush and close the files when the host is disposed, so the last lines of a
                // SIGTERM shutdown reach the disk.
                ShutdownOnDispose = true,
            },
            _ =>
            {
                var factory = new LogFactory();
                factory.Setup().LoadConfigurationFromFile(configFile, optional: false);
                factory.Configuration!.Variables["dataPath"] = options.DataPath;
                factory.ReconfigExistingLoggers();
                return factory;
            });
        return builder;
    }
}
