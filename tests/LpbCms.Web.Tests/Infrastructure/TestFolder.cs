namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>A fresh, empty folder under the temp directory for one site's data; deleted on dispose.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lpbcms-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just exited may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
