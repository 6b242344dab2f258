using System.Net;
using System.Security.Claims;
using LpbCms.Core.Auditing;
using LpbCms.Core.Security;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// Users, roles and permissions pages: Administrators manage them; everyone else is refused, also
/// for direct POSTs, and nothing changes; ManageUsers alone cannot hand out the Administrator role.
/// </summary>
public sealed class AdminUsersAndRolesTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string NewPassword = "Nieuw-Wachtwoord-1!";

    [Fact]
    public async Task CreateUser_AdminWithRole_UserCanSignInAndChangeIsAudited()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/gebruikers/nieuw", "/admin/gebruikers/nieuw",
            [new("UserName", "nieuwe-redacteur"), new("Email", "nieuw@example.org"), new("Password", NewPassword), new("IsEnabled", "true"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Editor"], await RolesOfAsync("nieuwe-redacteur"));
        using var newUser = await AdminBrowser.SignInAsync(factory, "nieuwe-redacteur", NewPassword);
        Assert.Contains("nieuwe-redacteur", await sut.GetHtmlAsync("/admin/gebruikers"), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("UserCreated"), e => e.UserName == LpbCmsFactory.AdminUserName && e.Details!.Contains("nieuwe-redacteur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateUser_WeakPassword_ShowsDutchErrorAndStoresNothing()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/gebruikers/nieuw", "/admin/gebruikers/nieuw",
            [new("UserName", "zwak-wachtwoord"), new("Password", "kort"), new("IsEnabled", "true"), new("Roles", "Author")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is niets opgeslagen", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync("zwak-wachtwoord"));
    }

    [Fact]
    public async Task EditUser_AdminDisablesUser_EndsTheirAccessAndSignInFails()
    {
        var id = await AdminBrowser.EnsureUserAsync(factory, "uit-te-schakelen", "Editor");
        using var victim = await AdminBrowser.SignInAsync(factory, "uit-te-schakelen", AdminBrowser.TestPassword);
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync($"/admin/gebruikers/{id}", $"/admin/gebruikers/{id}",
            [new("Email", "uit-te-schakelen@example.org"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await FindUserAsync("uit-te-schakelen"))!.IsEnabled);
        using var afterwards = await victim.GetAsync("/admin/inhoud");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        using var login = AdminBrowser.Anonymous(factory);
        using var signIn = await login.PostFormAsync("/admin/login", "/admin/login", [new("UserName", "uit-te-schakelen"), new("Password", AdminBrowser.TestPassword)]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(await AuditAsync("UserUpdated"), e => e.Details!.Contains("uit-te-schakelen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditUser_AdminChangesRolesAndPassword_TakesEffect()
    {
        var id = await AdminBrowser.EnsureUserAsync(factory, "van-auteur-naar-redacteur", "Author");
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync($"/admin/gebruikers/{id}", $"/admin/gebruikers/{id}",
            [new("Email", "van-auteur-naar-redacteur@example.org"), new("IsEnabled", "true"), new("Roles", "Editor"), new("Password", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Editor"], await RolesOfAsync("van-auteur-naar-redacteur"));
        using var signedIn = await AdminBrowser.SignInAsync(factory, "van-auteur-naar-redacteur", NewPassword);
    }

    [Fact]
    public async Task EditUser_AdminDisablesThemself_IsRefused()
    {
        using var sut = await AdminAsync();
        var id = (await FindUserAsync(LpbCmsFactory.AdminUserName))!.Id;

        using var response = await sut.PostFormAsync($"/admin/gebruikers/{id}", $"/admin/gebruikers/{id}", [new("Email", "admin@example.org"), new("Roles", "Administrator")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("U kunt uw eigen account niet uitschakelen.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True((await FindUserAsync(LpbCmsFactory.AdminUserName))!.IsEnabled);
    }

    [Fact]
    public async Task CreateUser_ManageUsersWithoutAdministratorRole_CannotGrantAdministrator()
    {
        await EnsureRoleAsync("Gebruikersbeheer", "AccessAdminPanel", "ManageUsers");
        await AdminBrowser.EnsureUserAsync(factory, "gebruikersbeheerder", "Gebruikersbeheer");
        using var sut = await AdminBrowser.SignInAsync(factory, "gebruikersbeheerder", AdminBrowser.TestPassword);

        using var refused = await sut.PostFormAsync("/admin/gebruikers/nieuw", "/admin/gebruikers/nieuw",
            [new("UserName", "stiekeme-beheerder"), new("Email", "stiekem@example.org"), new("Password", NewPassword), new("IsEnabled", "true"), new("Roles", "Administrator")]);
        using var allowed = await sut.PostFormAsync("/admin/gebruikers/nieuw", "/admin/gebruikers/nieuw",
            [new("UserName", "gewone-auteur"), new("Email", "gewoon@example.org"), new("Password", NewPassword), new("IsEnabled", "true"), new("Roles", "Author")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Alleen een gebruiker met de rol Administrator", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync("stiekeme-beheerder"));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(["Author"], await RolesOfAsync("gewone-auteur"));
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task UsersAndRoles_NonAdministratorDirectRequests_AreRefusedAndChangeNothing(string role)
    {
        var userName = "geen-beheerder-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        var adminId = (await FindUserAsync(LpbCmsFactory.AdminUserName))!.Id;
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
        var token = await sut.GetTokenAsync("/admin");

        using var list = await sut.GetAsync("/admin/gebruikers");
        using var roles = await sut.GetAsync("/admin/rollen");
        using var create = await sut.PostWithTokenAsync("/admin/gebruikers/nieuw", token,
            [new("UserName", "via-achterdeur-" + role), new("Password", NewPassword), new("IsEnabled", "true"), new("Roles", "Administrator")]);
        using var disable = await sut.PostWithTokenAsync($"/admin/gebruikers/{adminId}", token, [new("Roles", "Administrator")]);
        using var createRole = await sut.PostWithTokenAsync("/admin/rollen", token, [new("Name", "Achterdeur-" + role)]);
        using var grant = await sut.PostWithTokenAsync($"/admin/rollen/{role}", token, [new("Permissions", "ManageUsers"), new("Permissions", "ManageRoles")]);

        foreach (var response in new[] { list, roles, create, disable, createRole, grant })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        Assert.Null(await FindUserAsync("via-achterdeur-" + role));
        Assert.True((await FindUserAsync(LpbCmsFactory.AdminUserName))!.IsEnabled);
        Assert.DoesNotContain("ManageUsers", await PermissionsOfAsync(role));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>().FindByNameAsync("Achterdeur-" + role));
    }

    [Fact]
    public async Task EditRole_AdminGrantsAndRevokes_StoresClaimsKeepsUndeclaredOnesAndAudits()
    {
        await EnsureRoleAsync("Vrijwilliger", "AccessAdminPanel", "EditOwnContent", "ManageOrchardFeatureWeLack");
        using var sut = await AdminAsync();
        var page = await sut.GetHtmlAsync("/admin/rollen/Vrijwilliger");
        Assert.Contains("value=\"ViewAuditTrail\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"ManageRecipes\"", page, StringComparison.Ordinal);

        using var response = await sut.PostWithTokenAsync("/admin/rollen/Vrijwilliger", AdminBrowser.TokenOf(page),
            [new("Description", "Vrijwilligers van LPB"), new("Permissions", "AccessAdminPanel"), new("Permissions", "PreviewContent")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var permissions = await PermissionsOfAsync("Vrijwilliger");
        Assert.Equal(["AccessAdminPanel", "ManageOrchardFeatureWeLack", "PreviewContent"], permissions.Order(StringComparer.Ordinal));
        Assert.Contains(await AuditAsync("RoleUpdated"), e => e.Details!.Contains("Vrijwilliger", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditRole_UnknownPermissionPosted_IsRefusedAndNothingChanges()
    {
        await EnsureRoleAsync("Fotograaf", "AccessAdminPanel");
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/rollen/Fotograaf", "/admin/rollen/Fotograaf", [new("Permissions", "Bestaat-Niet")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["AccessAdminPanel"], await PermissionsOfAsync("Fotograaf"));
    }

    [Fact]
    public async Task CreateRole_Admin_CreatesItAndOpensItsEditor()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/rollen", "/admin/rollen", [new("Name", "Communicatie"), new("Description", "Team communicatie")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/rollen/Communicatie", response.Headers.Location?.OriginalString);
        Assert.Contains("Team communicatie", await sut.GetHtmlAsync("/admin/rollen"), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("RoleCreated"), e => e.Details!.Contains("Communicatie", StringComparison.Ordinal));
    }

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

    private async Task<LpbUser?> FindUserAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>().FindByNameAsync(userName);
    }

    private async Task<IList<string>> RolesOfAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }

    private async Task<IReadOnlyList<string>> PermissionsOfAsync(string roleName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var claims = await roles.GetClaimsAsync((await roles.FindByNameAsync(roleName))!);
        return [.. claims.Where(c => c.Type == LpbRole.PermissionClaimType).Select(c => c.Value)];
    }

    private async Task EnsureRoleAsync(string roleName, params string[] permissions)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        if (await roles.FindByNameAsync(roleName) is not null)
        {
            return;
        }

        var role = new LpbRole { Name = roleName };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions)
        {
            Assert.True((await roles.AddClaimAsync(role, new Claim(LpbRole.PermissionClaimType, permission))).Succeeded);
        }
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { Action = action }, TestContext.Current.CancellationToken)).Items;
    }
}
