using System.Text;

namespace LpbCms.Core.Setup;

/// <summary>Writes a generated admin password to a file only its owner can read.</summary>
internal static class InitialPasswordFile
{
    public static async Task WriteAsync(string path, string password, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 from the start, so there is no moment at which others could read it.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(password + "\n"), ct);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to new files; an older file keeps its mode otherwise.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
