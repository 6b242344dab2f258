namespace LpbCms.Core.Deployment;

/// <summary>Adds files to a backup (media). Runs before Recipe.json is written, as a zip holds one open entry at a time.</summary>
public interface IDeploymentFileSource
{
    Task WriteFilesAsync(DeploymentFileWriter files, CancellationToken ct = default);
}
