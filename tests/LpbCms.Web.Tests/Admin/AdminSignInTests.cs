using System.Net;
using LpbCms.Core.Auditing;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>Sign-in, lockout, sign-out, forgot password and the AccessAdminPanel gate.</summary>
public sealed class AdminSignInTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/inhoud")]
    [InlineData("/admin/inhoud/nieuw/Gift")]
    public async Task Get_AdminPageAnonymously_RedirectsToLogin(string url)
    {
        using var sut = AdminBrowser.Anonymous(factory);

        using var response = await sut.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/login?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_Get_IsDutchAccessibleFormWithAntiforgery()
    {
        using var sut = AdminBrowser.Anonymous(factory);

        var html = await sut.GetHtmlAsync("/admin/login");

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"UserName\">Gebruikersnaam of e-mailadres</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Password\">Wachtwoord</label>", html, StringComparison.Ordinal);
        Assert.NotEmpty(AdminBrowser.TokenOf(html));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefused()
    {
        using var sut = AdminBrowser.Anonymous(factory);

        using var response = await sut.PostWithTokenAsync("/admin/login", null, [new("UserName", LpbCmsFactory.AdminUserName), new("Password", LpbCmsFactory.AdminPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_AsAdmin_ShowsDashboardAndRecordsSignIn()
    {
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var html = await sut.GetHtmlAsync("/admin");

        Assert.Contains("Welkom, admin", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/gebruikers\"", html, StringComparison.Ordinal);
        var (events, _) = await QueryAuditAsync(new AuditQuery { Action = "SignIn", UserName = LpbCmsFactory.AdminUserName });
        Assert.NotEmpty(events);
    }

    [Fact]
    public async Task Navigation_EveryMenuLinkForAdministrator_Opens()
    {
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        var html = await sut.GetHtmlAsync("/admin");
        var menu = html[html.IndexOf("aria-label=\"Beheermenu\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];

        var links = System.Text.RegularExpressions.Regex.Matches(menu, "href=\"(?<url>[^\"]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups["url"].Value).ToList();

        Assert.Contains("/admin/logboek", links);
        foreach (var link in links)
        {
            Assert.Contains("<h1>", await sut.GetHtmlAsync(link), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsSameMessageAsUnknownUserAndRecordsFailure()
    {
        using var sut = AdminBrowser.Anonymous(factory);

        using var wrongPassword = await sut.PostFormAsync("/admin/login", "/admin/login", [new("UserName", LpbCmsFactory.AdminUserName), new("Password", "nope")]);
        using var unknownUser = await sut.PostFormAsync("/admin/login", "/admin/login", [new("UserName", "bestaat-niet"), new("Password", "nope")]);

        var first = await wrongPassword.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var second = await unknownUser.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("Aanmelden is niet gelukt.", first, StringComparison.Ordinal);
        Assert.Contains("Aanmelden is niet gelukt.", second, StringComparison.Ordinal);
        var (events, _) = await QueryAuditAsync(new AuditQuery { Action = "SignInFailed", UserName = "bestaat-niet" });
        Assert.NotEmpty(events);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksOutEvenTheRightPassword()
    {
        await AdminBrowser.EnsureUserAsync(factory, "lockout-editor", "Editor");
        using var sut = AdminBrowser.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await sut.PostFormAsync("/admin/login", "/admin/login", [new("UserName", "lockout-editor"), new("Password", "Wrong-Password-1!")]);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var response = await sut.PostFormAsync("/admin/login", "/admin/login", [new("UserName", "lockout-editor"), new("Password", AdminBrowser.TestPassword)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aanmelden is niet gelukt.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_UserWithoutAccessAdminPanel_GetsAccessDenied()
    {
        await AdminBrowser.EnsureUserAsync(factory, "contributor", "Contributor");
        using var sut = await AdminBrowser.SignInAsync(factory, "contributor", AdminBrowser.TestPassword);

        using var response = await sut.GetAsync("/admin/inhoud");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_Post_EndsTheSession()
    {
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await sut.PostFormAsync("/admin", "/admin/afmelden", []);
        using var after = await sut.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/admin/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddress_AnswerTheSame()
    {
        await AdminBrowser.EnsureUserAsync(factory, "forgetful", "Author");
        using var sut = AdminBrowser.Anonymous(factory);

        using var known = await sut.PostFormAsync("/admin/wachtwoord-vergeten", "/admin/wachtwoord-vergeten", [new("Email", "forgetful@example.org")]);
        using var unknown = await sut.PostFormAsync("/admin/wachtwoord-vergeten", "/admin/wachtwoord-vergeten", [new("Email", "nobody@example.org")]);

        var knownHtml = await known.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var unknownHtml = await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Als er een account met dit e-mailadres bestaat", knownHtml, StringComparison.Ordinal);
        Assert.Equal(StripTokens(knownHtml), StripTokens(unknownHtml));
        var (events, _) = await QueryAuditAsync(new AuditQuery { Action = "PasswordResetRequested", UserName = "forgetful" });
        Assert.Single(events);
    }

    /// <summary>Without what differs per response anyway: antiforgery tokens and the CSP nonce.</summary>
    private static string StripTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(
            html, "value=\"CfDJ8[^\"]*\"|name=\"trix-csp-nonce\" content=\"[^\"]*\"", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private async Task<(IReadOnlyList<AuditEvent> Items, int Total)> QueryAuditAsync(AuditQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(query, TestContext.Current.CancellationToken);
    }
}
