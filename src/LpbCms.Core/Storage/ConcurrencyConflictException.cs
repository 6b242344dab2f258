namespace LpbCms.Core.Storage;

/// <summary>A save was based on a version that someone else changed meanwhile; nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException()
    {
    }
}
