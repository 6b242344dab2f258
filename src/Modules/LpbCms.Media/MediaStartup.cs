using LpbCms.Core.Security;
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

    /// <summary>Contents: the library finds where a file is used through the Contents module's <c>MediaField</c> values.</summary>
    public IReadOnlyList<string> Dependencies { get; } = ["LpbCms.Contents"];

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Media"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddLpbMedia(configuration).AddPermissionProvider<MediaPermissions>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaEndpoints();
}
