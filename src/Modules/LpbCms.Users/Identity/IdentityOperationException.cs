namespace LpbCms.Users.Identity;

/// <summary>An ASP.NET Core Identity operation failed; the message lists Identity's error descriptions.</summary>
public sealed class IdentityOperationException : Exception
{
    public IdentityOperationException()
        : this("An identity operation failed.")
    {
    }

    public IdentityOperationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public IdentityOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IdentityOperationException(string operation, IReadOnlyList<string> errors)
        : base($"{operation} failed: {string.Join(" ", errors)}")
    {
        Errors = errors;
    }

    /// <summary>Identity's error descriptions, in order.</summary>
    public IReadOnlyList<string> Errors { get; }
}
