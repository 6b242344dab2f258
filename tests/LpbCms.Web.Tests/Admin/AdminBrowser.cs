using System.Net;
using System.Text.RegularExpressions;
using LpbCms.Core.Security;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// An admin user's browser against the real host: cookies kept, redirects not followed, forms
/// posted with the antiforgery token read from the page, as a browser would.
/// </summary>
public sealed partial class AdminBrowser : IDisposable
{
    public const string TestPassword = "Lpb-Test-User-1!";

    private AdminBrowser(HttpClient client)
    {
        Client = client;
    }

    public HttpClient Client { get; }

    public static AdminBrowser Anonymous(LpbCmsFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new AdminBrowser(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    /// <summary>Signs in through the login form; fails the test when sign-in does not succeed.</summary>
    public static async Task<AdminBrowser> SignInAsync(LpbCmsFactory factory, string userName, string password)
    {
        var browser = Anonymous(factory);
        using var response = await browser.PostFormAsync("/admin/login", "/admin/login", [new("UserName", userName), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return browser;
    }

    /// <summary>Creates an enabled user with <see cref="TestPassword"/> in the given roles (once per factory) and returns its id.</summary>
    public static async Task<string> EnsureUserAsync(LpbCmsFactory factory, string userName, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>();
        if (await users.FindByNameAsync(userName) is { } existing)
        {
            return existing.Id;
        }

        var user = new LpbUser { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestPassword)).Succeeded);
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return user.Id;
    }

    public async Task<string> GetHtmlAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Reads the antiforgery token from <paramref name="pageUrl"/> and posts the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await GetTokenAsync(pageUrl);
        return await PostWithTokenAsync(postUrl, token, fields);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string postUrl, string? token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        using var content = new FormUrlEncodedContent(all);
        return await Client.PostAsync(new Uri(postUrl, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a file upload form (multipart) with the antiforgery token, as a browser's file input does.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string postUrl, string? token, string fieldName, string fileName, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Add(file, fieldName, fileName);
        return await Client.PostAsync(new Uri(postUrl, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads one file through the media library's form at <paramref name="url"/> (token read from the library page unless given).</summary>
    public async Task<HttpResponseMessage> UploadMediaAsync(string url, string fileName, byte[] bytes, string contentType, string? token = null)
    {
        token ??= await GetTokenAsync("/admin/media");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, "Uploads", fileName);
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>An antiforgery token valid for this browser's current identity (read from any admin page with a form).</summary>
    public async Task<string> GetTokenAsync(string pageUrl)
    {
        var html = await GetHtmlAsync(pageUrl);
        return TokenOf(html);
    }

    public static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    public static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"The page has no hidden input '{name}'.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
