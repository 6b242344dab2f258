namespace LpbCms.Core.Storage;

/// <summary>Recognises an <see cref="IOException"/> that means the disk (or the user's quota) is full.</summary>
public static class StorageFull
{
    // Linux/macOS report the errno as HResult: ENOSPC 28, EDQUOT 122 (Linux) / 69 (macOS).
    // Windows reports 0x8007xxxx with ERROR_HANDLE_DISK_FULL 39 or ERROR_DISK_FULL 112.
    private static readonly int[] UnixCodes = [28, 122, 69];
    private static readonly int[] WindowsCodes = [39, 112];

    public static bool Is(IOException? exception)
    {
        if (exception is null)
        {
            return false;
        }

        var code = exception.HResult;
        return OperatingSystem.IsWindows()
            ? (code & 0xFFFF0000) == 0x80070000 && WindowsCodes.Contains(code & 0xFFFF)
            : UnixCodes.Contains(code);
    }
}
