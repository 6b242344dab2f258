namespace LpbCms.Core.Deployment;

/// <summary>Checks a file of a package being imported before anything is stored (the Media module checks that content matches the extension).</summary>
public interface IDeploymentFileValidator
{
    /// <param name="entryPath">The path inside the zip (<c>/</c> separators).</param>
    /// <param name="filePath">The extracted file.</param>
    /// <returns>Why the file is refused, or null when it is fine.</returns>
    Task<string?> ValidateAsync(string entryPath, string filePath, CancellationToken ct = default);
}
