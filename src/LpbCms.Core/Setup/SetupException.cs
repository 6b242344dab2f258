namespace LpbCms.Core.Setup;

/// <summary>Setup cannot run as configured (e.g. the setup recipe is not found); the message says what to change.</summary>
public sealed class SetupException : Exception
{
    public SetupException(string message)
        : base(message)
    {
    }

    public SetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SetupException()
    {
    }
}
