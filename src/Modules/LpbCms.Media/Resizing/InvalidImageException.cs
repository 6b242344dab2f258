namespace LpbCms.Media.Resizing;

/// <summary>A source image cannot be resized: not an image, damaged, or too large to decode safely.</summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException()
        : this("The image cannot be resized.")
    {
    }

    public InvalidImageException(string message)
        : base(message)
    {
    }

    public InvalidImageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
