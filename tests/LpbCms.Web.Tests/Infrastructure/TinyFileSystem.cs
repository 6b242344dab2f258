using System.Diagnostics;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// A 1 MB tmpfs mounted on a fresh folder, to fill a disk for real. Mounting needs root (CI runs as
/// root); where it is not permitted the test skips, except under <c>CI=true</c>, where it fails.
/// </summary>
public sealed class TinyFileSystem : IAsyncDisposable
{
    private TinyFileSystem(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static async Task<TinyFileSystem> MountAsync()
    {
        var path = Directory.CreateTempSubdirectory("lpbcms-full-disk.").FullName;
        var (exitCode, error) = await RunAsync("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", path);
        if (exitCode != 0)
        {
            Directory.Delete(path);
            var reason = $"A tmpfs could not be mounted (root is needed): {error.Trim()}";
            Assert.SkipWhen(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), reason);
            Assert.Fail(reason + " CI runs as root and must be able to mount.");
        }

        return new TinyFileSystem(path);
    }

    /// <summary>Every file left on the file system, relative to its root.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f))];

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "--lazy", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
