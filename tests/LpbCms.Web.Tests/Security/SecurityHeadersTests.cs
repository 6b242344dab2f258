using System.Net;
using System.Text.RegularExpressions;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Tests.Security;

/// <summary>Security headers per area through the real pipeline: public pages, admin, API answers, the docs UI and error pages.</summary>
public sealed partial class SecurityHeadersTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/blog")]
    [InlineData("/bestaat-niet")]
    public async Task PublicPage_StrictPolicyWithoutInlineScript(string path)
    {
        using var response = await GetAsync(path, "text/html");

        var policy = Directives(response);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.False(policy.ContainsKey("script-src"), "script-src would override default-src 'self'.");
        Assert.DoesNotContain("unsafe", string.Join(' ', policy.Values), StringComparison.Ordinal);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task AdminPage_NonceForTheEditorStyleOnlyAndNoInlineScript()
    {
        using var first = await GetAsync("/admin/login", "text/html");
        using var second = await GetAsync("/admin/login", "text/html");

        var policy = Directives(first);
        var nonce = NoncePattern().Match(policy["style-src"]).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", string.Join(' ', policy.Values), StringComparison.Ordinal);
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"<meta name=\"trix-csp-nonce\" content=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScriptPattern(), html);
        Assert.NotEqual(nonce, NoncePattern().Match(Directives(second)["style-src"]).Groups["nonce"].Value);
        Assert.Equal("same-origin", Header(first, "Referrer-Policy"));
        AssertCommonHeaders(first, checkReferrer: false);
    }

    [Fact]
    public async Task ApiAnswer_PolicyAllowsNothingToLoad()
    {
        using var response = await GetAsync("/api/content?type=Gift&first=1", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task DocsUi_EveryScriptCarriesTheResponsesNonce_FreshPerRequest()
    {
        var first = await DocsNonceAsync();
        var second = await DocsNonceAsync();

        Assert.NotEqual(first, second);
    }

    /// <summary>Checks one docs UI response and returns its nonce.</summary>
    private async Task<string> DocsNonceAsync()
    {
        using var response = await GetAsync("/api/docs/", "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        var nonce = NoncePattern().Match(policy["script-src"]).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("unsafe", policy["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self'", policy["connect-src"]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var scripts = ScriptTagPattern().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        AssertCommonHeaders(response);
        return nonce;
    }

    [Fact]
    public async Task Server_SendsNoServerHeader()
    {
        using var response = await GetAsync("/", "text/html");

        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task NoProxyConfigured_ForwardedProtoIgnored_NoHstsNoRedirect()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://cms.example.org") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response, bool checkReferrer = true)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        if (checkReferrer)
        {
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri}.");

    /// <summary>The Content-Security-Policy as directive name to its sources.</summary>
    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);

    [GeneratedRegex("'nonce-(?<nonce>[A-Za-z0-9_-]+)'", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineScriptPattern();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptTagPattern();
}
