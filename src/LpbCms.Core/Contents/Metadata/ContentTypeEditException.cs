namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// A definition change was refused by <see cref="ContentDefinitionEditor"/>; the message is Dutch,
/// names the type, part or field concerned, and is meant to be shown to the editor as it is.
/// </summary>
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
