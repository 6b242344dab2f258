using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Bench.Endpoints;

/// <summary>The benchmark's module: only the fixed-payload endpoint.</summary>
public sealed class FixedPayloadStartup : IModuleStartup
{
    public string Name => "LpbCms.Bench.Endpoints";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapFixedPayloadEndpoint();
}
