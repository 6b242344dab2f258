using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Abstractions;

/// <summary>
/// A module's startup and manifest: the host calls every module's methods after those of the
/// modules it names in <see cref="Dependencies"/>; a module never calls another module.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Module name, for logs, the feature list and other modules' <see cref="Dependencies"/> (e.g. <c>LpbCms.Contents</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Names of the modules this one needs (Orchard's manifest <c>Dependencies</c>): their services
    /// are registered and their middleware added before this module's. Start-up fails when one is
    /// not in the catalogue or the dependencies form a cycle.
    /// </summary>
    IReadOnlyList<string> Dependencies => [];

    /// <summary>Orchard feature ids this module stands in for, so recipes enabling them are satisfied.</summary>
    IReadOnlyList<string> Features => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds middleware; runs after routing and authentication, before endpoints, after the middleware of <see cref="Dependencies"/>.</summary>
    void Configure(IApplicationBuilder app)
    {
    }

    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
