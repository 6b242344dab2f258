namespace LpbCms.Core.Setup;

/// <summary>First-run values (configuration section <c>LpbCms:Setup</c>).</summary>
public sealed class SetupOptions
{
    public const string SectionName = "LpbCms:Setup";

    /// <summary>The <c>name</c> of the setup recipe run on an empty database.</summary>
    public string Recipe { get; set; } = "lpb-site";

    public string SiteName { get; set; } = "LPB";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>When empty, a strong password is generated and written to <see cref="InitialAdminPasswordFile"/>.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Where a generated admin password is written (owner-only); the host sets it to <c>{DataPath}/initial-admin-password</c>.</summary>
    public string? InitialAdminPasswordFile { get; set; }

    /// <summary>How long a process waits for another one that is running setup.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
