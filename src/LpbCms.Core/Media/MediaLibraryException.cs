namespace LpbCms.Core.Media;

/// <summary>The media library refused a request; <see cref="Error"/> says why, the message in English for logs.</summary>
public sealed class MediaLibraryException : Exception
{
    public MediaLibraryException()
        : this(MediaLibraryError.InvalidPath, "The media request was refused.")
    {
    }

    public MediaLibraryException(string message)
        : this(MediaLibraryError.InvalidPath, message)
    {
    }

    public MediaLibraryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = MediaLibraryError.InvalidPath;
    }

    public MediaLibraryException(MediaLibraryError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    public MediaLibraryError Error { get; }
}
