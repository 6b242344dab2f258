namespace LpbCms.Core.Setup;

/// <summary>Creates the first administrator at setup; implemented by the users module.</summary>
public interface IUserProvisioner
{
    /// <summary>Creates the user with the Administrator role, or returns the existing one of that name.</summary>
    Task<ProvisionedUser> EnsureAdministratorAsync(string userName, string email, string password, CancellationToken ct = default);
}
