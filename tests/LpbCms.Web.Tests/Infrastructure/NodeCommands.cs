using System.Diagnostics;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// Runs Node.js tools from the tests. Without Node.js the calling test is skipped, except in CI
/// (CI=true), where it fails: CI installs Node.js, so a missing one is a broken run.
/// </summary>
internal static class NodeCommands
{
    public static async Task RequireNodeAsync(CancellationToken ct)
    {
        if (!await ExistsAsync("node", ct) || !await ExistsAsync("npm", ct))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "Node.js and npm are required in CI.");
            Assert.Skip("Node.js or npm is not installed.");
        }
    }

    /// <summary>Runs the command and returns its standard output; a non-zero exit fails the test with both outputs.</summary>
    public static async Task<string> RunAsync(string fileName, string[] arguments, string folder, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        var (exitCode, output, errors) = await TryRunAsync(fileName, arguments, folder, environment, ct);
        Assert.True(exitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited with {exitCode}: {errors}{output}");
        return output;
    }

    /// <summary>Runs the command; returns its exit code, standard output and error output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> TryRunAsync(string fileName, string[] arguments, string folder, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<bool> ExistsAsync(string command, CancellationToken ct)
    {
        try
        {
            await RunAsync(command, ["--version"], Directory.GetCurrentDirectory(), null, ct);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
