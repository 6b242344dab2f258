using System.Diagnostics;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>Runs the built host (<c>dotnet LpbCms.Web.dll ...</c>) as a separate process, as a user would from the command line.</summary>
public static class HostProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Task<Outcome> RunAsync(string dataPath, params string[] arguments) =>
        RunAsync(dataPath, adminPassword: LpbCmsFactory.AdminPassword, arguments);

    /// <param name="adminPassword">The configured admin password; null lets setup generate one.</param>
    public static async Task<Outcome> RunAsync(string dataPath, string? adminPassword, string[] arguments)
    {
        var start = StartInfo(dataPath, adminPassword, arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>How the host is started: the built dll, the data folder, the admin password, production mode, SQLite.</summary>
    public static ProcessStartInfo StartInfo(string dataPath, string? adminPassword, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LpbCms.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LpbCms__DataPath"] = dataPath;
        start.Environment["LpbCms__Setup__AdminPassword"] = adminPassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__LpbCms");
        start.Environment.Remove("LpbCms__Database__Provider");
        return start;
    }
}
