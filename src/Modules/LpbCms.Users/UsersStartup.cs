using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Users;

/// <summary>Users, roles and permissions. The host must call UseAuthentication and UseAuthorization.</summary>
public sealed class UsersStartup : IModuleStartup
{
    public string Name => "LpbCms.Users";

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.Security", "OrchardCore.OpenId", "OrchardCore.OpenId.Server", "OrchardCore.OpenId.Validation", "OrchardCore.OpenId.Management"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddLpbUsers().AddLpbOpenId(configuration).AddPermissionProvider<UsersPermissions>();

    public void Configure(IApplicationBuilder app) => app.UseInvalidBearerTokenRejection();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTokenEndpoint();
}
