using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Abstractions;

/// <summary>
/// A module's startup: the host calls every module's methods in <see cref="Order"/>; a module
/// never calls another module.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Module name, for logs and the feature list (e.g. <c>LpbCms.Contents</c>).</summary>
    string Name { get; }

    /// <summary>Lower runs first; middleware is added in this order too.</summary>
    int Order => 0;

    /// <summary>Orchard feature ids this module stands in for, so recipes enabling them are satisfied.</summary>
    IReadOnlyList<string> Features => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds middleware; runs after routing and authentication, before endpoints.</summary>
    void Configure(IApplicationBuilder app)
    {
    }

    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
