namespace LpbCms.Core.Setup;

public sealed record ProvisionedUser(string UserId, string UserName, string Email);
