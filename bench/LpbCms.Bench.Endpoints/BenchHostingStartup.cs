using LpbCms.Bench.Endpoints;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: HostingStartup(typeof(BenchHostingStartup))]

namespace LpbCms.Bench.Endpoints;

/// <summary>
/// Runs when the host is started with <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=LpbCms.Bench.Endpoints</c>:
/// registers <see cref="FixedPayloadStartup"/>, which the host adds to its module catalog.
/// </summary>
public sealed class BenchHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureServices(services => services.AddSingleton<IModuleStartup>(new FixedPayloadStartup()));
    }
}
