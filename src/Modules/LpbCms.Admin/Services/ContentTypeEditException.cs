namespace LpbCms.Admin.Services;

/// <summary>A content type change was refused; the message is Dutch and meant for the editor.</summary>
public sealed class ContentTypeEditException : Exception
{
    public ContentTypeEditException()
        : this("Deze wijziging is niet mogelijk.")
    {
    }

    public ContentTypeEditException(string message)
        : base(message)
    {
    }

    public ContentTypeEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
