using Microsoft.Extensions.Options;

namespace LpbCms.Core.Changes;

/// <summary>Refuses a retention or interval that would prune everything at once or never run.</summary>
public sealed class ChangeFeedOptionsValidator : IValidateOptions<ChangeFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, ChangeFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RetentionDays is < 1 or > ChangeFeedOptions.MaxRetentionDays)
        {
            failures.Add($"{ChangeFeedOptions.SectionName}:RetentionDays must be between 1 and {ChangeFeedOptions.MaxRetentionDays} (it is {options.RetentionDays}).");
        }

        if (options.PruneInterval < TimeSpan.FromMinutes(1) || options.PruneInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{ChangeFeedOptions.SectionName}:PruneInterval must be between 00:01:00 and 1.00:00:00 (it is {options.PruneInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
