using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LpbCms.E2E.Tests;

/// <summary>
/// The real host as a user runs it: <c>dotnet LpbCms.Web.dll --urls http://127.0.0.1:{port}</c> on a
/// fresh data folder (SQLite, first-run setup with the LPB recipe), stopped and deleted on dispose.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataPath;

    private SiteServer(Process process, string dataPath, Uri baseAddress)
    {
        _process = process;
        _dataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<SiteServer> StartAsync(CancellationToken ct)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "lpbcms-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LpbCms.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["LpbCms__DataPath"] = dataPath;
        start.Environment["LpbCms__Setup__AdminPassword"] = "Lpb-E2E-Admin-1!";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__LpbCms");
        start.Environment.Remove("LpbCms__Database__Provider");

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SiteServer(process, dataPath, baseAddress);
        try
        {
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // The process may hold the database file a moment longer; the temp folder is cleaned by the OS.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A slow first answer while setup runs.
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException("The host was not ready within two minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
