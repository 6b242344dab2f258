using Microsoft.Extensions.Options;

namespace LpbCms.Core.Setup;

/// <summary>Checks the first-run values when they are first used, so a bad configuration fails with a clear message.</summary>
public sealed class SetupOptionsValidator : IValidateOptions<SetupOptions>
{
    public ValidateOptionsResult Validate(string? name, SetupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Require(failures, options.Recipe, "LpbCms:Setup:Recipe");
        Require(failures, options.SiteName, "LpbCms:Setup:SiteName");
        Require(failures, options.AdminUserName, "LpbCms:Setup:AdminUserName");
        Require(failures, options.AdminEmail, "LpbCms:Setup:AdminEmail");
        if (string.IsNullOrEmpty(options.AdminPassword) && string.IsNullOrWhiteSpace(options.InitialAdminPasswordFile))
        {
            failures.Add("LpbCms:Setup:AdminPassword is empty and no file is configured to write a generated password to.");
        }

        if (options.LockTimeout <= TimeSpan.Zero)
        {
            failures.Add("LpbCms:Setup:LockTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} must not be empty.");
        }
    }
}
