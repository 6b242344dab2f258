using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Security;
using LpbCms.Web.Tests.Admin;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Security;

/// <summary>
/// Sign-in limits through the real pipeline: OpenIddict answers /connect/token inside the
/// authentication middleware, so only a limit placed before it can stop secret guessing. Defaults:
/// 30 attempts a minute per address and per client id or user name. Each test uses addresses and
/// names of its own, as the limiter's windows are shared by the class.
/// </summary>
public sealed class SignInThrottleTests(ThrottledSite site) : IClassFixture<ThrottledSite>
{
    private const int Limit = 30;

    [Fact]
    public async Task Token_31stWrongSecretFromOneAddress_Is429ProblemWithRetryAfter()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var refused = await TokenAsync("198.51.100.1", "raden-client", "fout-geheim");
            Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"Attempt {i + 1} answered {(int)refused.StatusCode}.");
        }

        using var limited = await TokenAsync("198.51.100.1", "raden-client", "fout-geheim");

        await AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task Token_DifferentClientIdsFromOneAddress_LimitedByAddressButNotOtherAddresses()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var refused = await TokenAsync("198.51.100.2", $"sproei-{i}", "fout-geheim");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using var limited = await TokenAsync("198.51.100.2", "sproei-nieuw", "fout-geheim");
        using var otherAddress = await TokenAsync("198.51.100.3", "sproei-nieuw", "fout-geheim");

        await AssertTooManyAsync(limited);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Token_OneClientIdFromManyAddresses_LimitedByClientId()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var refused = await TokenAsync($"203.0.113.{i + 1}", "verspreid-doelwit", "fout-geheim");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using var limited = await TokenAsync("203.0.113.200", "verspreid-doelwit", "fout-geheim");

        await AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task Token_RightSecretThroughTheLimiter_StillIssuesToken()
    {
        // The limiter reads the form before OpenIddict does; OpenIddict must still see the whole request.
        CreatedApiClient created;
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            created = await scope.ServiceProvider.GetRequiredService<IApiClientManager>().CreateAsync("doorgelaten", "Doorgelaten", ["Author"], TestContext.Current.CancellationToken);
        }

        using var response = await TokenAsync("198.51.100.4", created.Client.ClientId, created.ClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.False(string.IsNullOrEmpty(body["access_token"]?.GetValue<string>()));
    }

    [Fact]
    public async Task AdminLogin_31stAttemptFromOneAddress_Is429Problem()
    {
        using var browser = AdminBrowser.Anonymous(site.Factory);
        browser.Client.DefaultRequestHeaders.Add(TestRemoteAddress.HeaderName, "198.51.100.10");
        var token = await browser.GetTokenAsync("/admin/login");
        for (var i = 0; i < Limit; i++)
        {
            using var refused = await browser.PostWithTokenAsync("/admin/login", token, [new("UserName", $"onbekend-{i}"), new("Password", "fout")]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var limited = await browser.PostWithTokenAsync("/admin/login", token, [new("UserName", "onbekend-nieuw"), new("Password", "fout")]);

        await AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task AdminLogin_OneUserNameFromManyAddresses_LimitedByUserNameOnly()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var refused = await LoginAsync($"203.0.114.{i + 1}", "Gericht-Doelwit");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var limited = await LoginAsync("203.0.114.200", "gericht-doelwit");
        using var otherName = await LoginAsync("203.0.114.201", "iemand-anders");

        await AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, otherName.StatusCode);
    }

    private async Task<HttpResponseMessage> TokenAsync(string address, string clientId, string secret)
    {
        using var client = site.Factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.HeaderName, address);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    private async Task<HttpResponseMessage> LoginAsync(string address, string userName)
    {
        using var browser = AdminBrowser.Anonymous(site.Factory);
        browser.Client.DefaultRequestHeaders.Add(TestRemoteAddress.HeaderName, address);
        return await browser.PostFormAsync("/admin/login", "/admin/login", [new("UserName", userName), new("Password", "fout")]);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Equal("Too many requests", problem["title"]!.GetValue<string>());
        Assert.Contains(retryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture), problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
