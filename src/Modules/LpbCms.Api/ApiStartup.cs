using LpbCms.Api.Endpoints;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api;

/// <summary>The headless API: Orchard's REST content endpoints (GraphQL comes later).</summary>
public sealed class ApiStartup : IModuleStartup
{
    public string Name => "LpbCms.Api";

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Apis"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddProblemDetails();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapContentApiEndpoints();
}
