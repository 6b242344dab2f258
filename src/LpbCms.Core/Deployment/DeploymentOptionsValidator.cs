using Microsoft.Extensions.Options;

namespace LpbCms.Core.Deployment;

public sealed class DeploymentOptionsValidator : IValidateOptions<DeploymentOptions>
{
    public ValidateOptionsResult Validate(string? name, DeploymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxEntries < 1)
        {
            failures.Add($"{DeploymentOptions.SectionName}:MaxEntries must be at least 1.");
        }

        if (options.MaxUncompressedBytes < 1)
        {
            failures.Add($"{DeploymentOptions.SectionName}:MaxUncompressedBytes must be at least 1.");
        }

        if (options.MaxUploadBytes < 1)
        {
            failures.Add($"{DeploymentOptions.SectionName}:MaxUploadBytes must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
