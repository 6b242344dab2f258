using System.Net;
using System.Text.RegularExpressions;
using LpbCms.Core.Auditing;
using LpbCms.Core.Security;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>The API clients page: create with roles (secret shown once), revoke, Administrators only.</summary>
public sealed partial class AdminApiClientTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task CreateClient_Admin_StoresClientWithRolesAndShowsSecretOnlyOnce()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients",
            [new("ClientId", "nieuwsbrief"), new("DisplayName", "Nieuwsbrief-koppeling"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var secret = SecretPattern().Match(html).Groups["secret"].Value;
        Assert.True(secret.Length >= 32, "The secret is not shown.");
        var client = Assert.Single(await ClientsAsync(), c => c.ClientId == "nieuwsbrief");
        Assert.Equal(["Editor"], client.Roles);
        Assert.DoesNotContain(secret, await sut.GetHtmlAsync("/admin/api-clients"), StringComparison.Ordinal);
        Assert.NotEmpty(await AuditAsync("ApiClientCreated"));
    }

    [Fact]
    public async Task RevokeClient_Admin_RemovesIt()
    {
        using var sut = await AdminAsync();
        using var created = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients", [new("ClientId", "weg-ermee"), new("Roles", "Author")]);
        Assert.Contains(await ClientsAsync(), c => c.ClientId == "weg-ermee");

        using var response = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients?handler=Revoke&id=weg-ermee", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await ClientsAsync(), c => c.ClientId == "weg-ermee");
        Assert.NotEmpty(await AuditAsync("ApiClientRevoked"));
    }

    [Fact]
    public async Task CreateClient_InvalidIdAndNoRole_ShowsDutchErrorsAndStoresNothing()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients", [new("ClientId", "met spatie")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Een client-id bestaat uit", html, StringComparison.Ordinal);
        Assert.Contains("Kies minstens één rol", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await ClientsAsync(), c => c.ClientId == "met spatie");
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task ApiClients_NonAdministratorDirectRequests_AreRefusedAndChangeNothing(string role)
    {
        var userName = "client-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
        var token = await sut.GetTokenAsync("/admin");

        using var page = await sut.GetAsync("/admin/api-clients");
        using var create = await sut.PostWithTokenAsync("/admin/api-clients", token, [new("ClientId", "achterdeur-" + role), new("Roles", "Administrator")]);

        foreach (var response in new[] { page, create })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await ClientsAsync(), c => c.ClientId == "achterdeur-" + role);
    }

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

    private async Task<IReadOnlyList<ApiClient>> ClientsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IApiClientManager>().ListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { Action = action }, TestContext.Current.CancellationToken)).Items;
    }

    [GeneratedRegex("id=\"geheim\" value=\"(?<secret>[^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecretPattern();
}
