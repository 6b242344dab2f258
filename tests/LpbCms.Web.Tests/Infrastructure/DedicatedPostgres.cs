using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server of one test's own (initdb in a temp folder, loopback only, trust
/// authentication), which the test may stop and start: fault tests cannot use a shared server.
/// Binaries are found as CI finds them (<c>/usr/lib/postgresql/*/bin</c>); as root the server runs
/// as the <c>postgres</c> user, since PostgreSQL refuses to run as root. Without binaries the test
/// skips, except under <c>CI=true</c>, where it fails.
/// </summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private const string PostgresUser = "postgres";

    private readonly string _bin;
    private readonly string _folder;

    private DedicatedPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={PostgresUser};Database=postgres;Timeout=5";

    public static async Task<DedicatedPostgres> StartNewAsync()
    {
        var bin = FindBinaries();
        var folder = Directory.CreateTempSubdirectory("lpbcms-fault-pg.").FullName;
        var server = new DedicatedPostgres(bin, folder, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", [PostgresUser, folder]);
        }

        await server.RunAsPostgresAsync("initdb", ["--pgdata=" + server.DataFolder, "--username=" + PostgresUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        await server.StartAsync();
        return server;
    }

    private string DataFolder => Path.Combine(_folder, "data");

    public Task StartAsync() => RunAsPostgresAsync("pg_ctl", [
        "--pgdata=" + DataFolder, "--log=" + Path.Combine(_folder, "server.log"), "--wait", "--timeout=60",
        "-o", $"-c listen_addresses=127.0.0.1 -c port={Port} -c unix_socket_directories={_folder} -c fsync=off",
        "start",
    ]);

    /// <summary>Stops the server the way an operator's restart does (fast: open sessions are ended).</summary>
    public Task StopAsync() => RunAsPostgresAsync("pg_ctl", ["--pgdata=" + DataFolder, "--mode=fast", "--wait", "stop"]);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await RunAsPostgresAsync("pg_ctl", ["--pgdata=" + DataFolder, "--mode=immediate", "--wait", "stop"]);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string FindBinaries()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            const string Reason = "PostgreSQL binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin.";
            Assert.SkipWhen(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Reason);
            Assert.Fail(Reason + " CI must provide them.");
        }

        return bin;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsPostgresAsync(string tool, IReadOnlyList<string> arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", PostgresUser, "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
