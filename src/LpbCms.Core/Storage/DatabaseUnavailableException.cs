namespace LpbCms.Core.Storage;

/// <summary>The database cannot be used; the message says which database and why, without secrets.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DatabaseUnavailableException()
    {
    }
}
