namespace LpbCms.Core.Setup;

/// <summary>
/// First-run setup: under a cross-process lock, when the site is not set up yet, creates the admin
/// user and runs the setup recipe, all in one transaction, then marks the site as set up.
/// </summary>
public interface ISetupService
{
    Task<bool> IsSetUpAsync(CancellationToken ct = default);

    /// <summary>Runs setup when needed; returns true when this call did the setup.</summary>
    Task<bool> EnsureSetupAsync(CancellationToken ct = default);
}
