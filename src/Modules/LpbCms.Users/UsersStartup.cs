using LpbCms.Core.Security;
using LpbCms.Users.OpenId;
using LpbCms.Web.Abstractions;
using LpbCms.Web.Abstractions.Security;
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

    /// <summary>The token endpoint checks client secrets, so the host limits its attempts per address and client id.</summary>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddLpbUsers().AddLpbOpenId(configuration).AddPermissionProvider<UsersPermissions>()
            .AddSignInThrottle(new SignInEndpoint("token", TokenEndpoint.Path, "client_id"));

    public void Configure(IApplicationBuilder app) => app.UseInvalidBearerTokenRejection();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTokenEndpoint();
}
