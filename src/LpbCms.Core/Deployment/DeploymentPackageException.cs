namespace LpbCms.Core.Deployment;

/// <summary>A backup package that is refused before anything of it is stored: unsafe, too large, or of an unknown format.</summary>
public sealed class DeploymentPackageException : Exception
{
    public DeploymentPackageException()
    {
    }

    public DeploymentPackageException(string message)
        : base(message)
    {
    }

    public DeploymentPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeploymentPackageException(DeploymentRefusal reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public DeploymentRefusal Reason { get; }
}
