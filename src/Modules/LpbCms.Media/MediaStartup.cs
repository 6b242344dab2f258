using LpbCms.Media.Endpoints;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Media;

/// <summary>The media library: file store, <c>media</c> recipe step and <c>/media/{**path}</c>.</summary>
public sealed class MediaStartup : IModuleStartup
{
    public string Name => "LpbCms.Media";

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Media"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddLpbMedia(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaEndpoints();
}
