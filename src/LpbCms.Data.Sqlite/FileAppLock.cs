using LpbCms.Core.Storage;

namespace LpbCms.Data.Sqlite;

/// <summary>
/// A cross-process lock as an exclusively opened file beside the database: every process on this
/// machine that uses the same SQLite file sees it. The OS releases it if the process dies. The
/// file is kept (deleting it on close would let two processes lock two different files).
/// </summary>
public sealed class FileAppLock(string folder) : IAppLock
{
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan timeout, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $".{name}.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return stream;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
            catch (IOException ex)
            {
                throw new TimeoutException($"The lock '{name}' ({path}) is held by another process.", ex);
            }
        }
    }
}
