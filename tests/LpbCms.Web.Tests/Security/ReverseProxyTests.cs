using System.Net;
using LpbCms.Web.Tests.Admin;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Security;

/// <summary>
/// Behind a configured proxy (the test's remote address, <see cref="TestRemoteAddress.Default"/>):
/// forwarded scheme and client address are used, HTTPS gets HSTS, HTTP is redirected to HTTPS, and
/// the sign-in limit counts the forwarded client address, not the proxy's.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private readonly LpbCmsFactory _factory = LpbCmsFactory.Create(
        settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:ReverseProxy:KnownProxies:0"] = TestRemoteAddress.Default.ToString(),
            ["LpbCms:SignInLimits:PermitsPerAddress"] = null,
        },
        configureServices: services => services.AddSingleton<IStartupFilter, TestRemoteAddress>());

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ForwardedHttps_GetsHsts()
    {
        using var response = await SendAsync("/", "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "No HSTS header.");
        Assert.StartsWith("max-age=31536000", Assert.Single(hsts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHttp_IsRedirectedToHttps()
    {
        using var response = await SendAsync("/blog", "http");

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"Answered {(int)response.StatusCode}.");
        Assert.Equal("https://cms.example.org/blog", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInLimit_CountsTheForwardedClientAddress()
    {
        for (var i = 0; i < 30; i++)
        {
            using var refused = await LoginAsync("198.51.100.50", $"proxy-{i}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var limited = await LoginAsync("198.51.100.50", "proxy-nieuw");
        using var otherClient = await LoginAsync("198.51.100.51", "proxy-nieuw");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string scheme)
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://cms.example.org") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HttpResponseMessage> LoginAsync(string clientAddress, string userName)
    {
        using var browser = AdminBrowser.Anonymous(_factory);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        browser.Client.BaseAddress = new Uri("https://cms.example.org");
        return await browser.PostFormAsync("/admin/login", "/admin/login", [new("UserName", userName), new("Password", "fout")]);
    }
}
