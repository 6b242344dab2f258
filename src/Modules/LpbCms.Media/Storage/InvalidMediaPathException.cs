namespace LpbCms.Media.Storage;

/// <summary>A media path or file name was refused (absolute, escaping the media root, reserved, or malformed).</summary>
public sealed class InvalidMediaPathException : Exception
{
    public InvalidMediaPathException()
        : this("The media path is not valid.")
    {
    }

    public InvalidMediaPathException(string message)
        : base(message)
    {
    }

    public InvalidMediaPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
