using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Security;

/// <summary>
/// The real host with the default sign-in limits (the test factory's raised ones removed) and a
/// remote address per request (<see cref="TestRemoteAddress"/>), so tests can act as several clients.
/// </summary>
public sealed class ThrottledSite : IAsyncLifetime
{
    public LpbCmsFactory Factory { get; } = LpbCmsFactory.Create(
        settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:SignInLimits:PermitsPerAddress"] = null,
            ["LpbCms:SignInLimits:PermitsPerName"] = null,
        },
        configureServices: services => services.AddSingleton<IStartupFilter, TestRemoteAddress>());

    public ValueTask InitializeAsync() => Factory.InitializeAsync();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
