using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Core.Contents;

/// <summary>A version was refused by validation; nothing was stored.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentValidationError> errors)
        : base(string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
    {
        Errors = errors;
    }

    public ContentValidationException(string message)
        : base(message)
    {
        Errors = [new ContentValidationError("", message)];
    }

    public ContentValidationException()
        : this("The content item is not valid.")
    {
    }

    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ContentValidationError("", message)];
    }

    public IReadOnlyList<ContentValidationError> Errors { get; }
}
