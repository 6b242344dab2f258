namespace LpbCms.Core.Deployment;

/// <summary>
/// Contributes recipe steps to a backup (Orchard's deployment source). Each writes complete step
/// objects into the open <c>steps</c> array, streaming: read a page, write it, let it go.
/// </summary>
public interface IDeploymentSource
{
    /// <summary>Where the steps go in Recipe.json: definitions before content, roles before API clients.</summary>
    int Order { get; }

    Task WriteStepsAsync(DeploymentExportContext context, CancellationToken ct = default);
}
