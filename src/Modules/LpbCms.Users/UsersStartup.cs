using LpbCms.Web.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Users;

/// <summary>Users, roles and permissions. The host must call UseAuthentication and UseAuthorization.</summary>
public sealed class UsersStartup : IModuleStartup
{
    public string Name => "LpbCms.Users";

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.Security"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddLpbUsers();
}
