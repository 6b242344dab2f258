using System.Security.Claims;
using LpbCms.Admin;
using LpbCms.Api;
using LpbCms.Core.Security;
using LpbCms.Core.Setup;
using LpbCms.Modules.Tests.Infrastructure;
using LpbCms.Users;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Users;

public sealed class UserPermissionResolverTests
{
    private const string Password = "Lpb-Jubileum-2019";

    [Fact]
    public async Task GetGrantedAsync_Anonymous_AnonymousRolePermissions()
    {
        await using var services = await CreateSiteAsync();
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserPermissionResolver>();

        var granted = await sut.GetGrantedAsync(new ClaimsPrincipal(new ClaimsIdentity()), TestContext.Current.CancellationToken);

        Assert.True(granted.Grants(ContentPermissions.ViewContent));
        Assert.False(granted.Grants(ContentPermissions.EditOwnContent));
    }

    [Fact]
    public async Task GetGrantedAsync_Editor_OwnRolesPlusAuthenticated()
    {
        await using var services = await CreateSiteAsync();
        var editor = await CreateUserAsync(services, "redacteur", "Editor");
        await AddPermissionAsync(services, "Authenticated", "ManageRecipes");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserPermissionResolver>();

        var granted = await sut.GetGrantedAsync(PrincipalFor(editor), TestContext.Current.CancellationToken);

        Assert.True(granted.Grants(ContentPermissions.PublishContent));
        Assert.True(granted.Grants(ContentPermissions.EditOwnContent));
        Assert.True(granted.Grants(AdminPermissions.ManageRecipes));
        Assert.False(granted.Grants(UsersPermissions.ManageUsers));
    }

    [Fact]
    public async Task GetGrantedAsync_DisabledAdministrator_Nothing()
    {
        await using var services = await CreateSiteAsync();
        var admin = await CreateUserAsync(services, "oud-beheer", "Administrator", enabled: false);
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserPermissionResolver>();

        var granted = await sut.GetGrantedAsync(PrincipalFor(admin), TestContext.Current.CancellationToken);

        Assert.False(granted.Grants(ContentPermissions.ViewContent));
    }

    [Fact]
    public async Task GetGrantedAsync_UnknownUserId_Nothing()
    {
        await using var services = await CreateSiteAsync();
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserPermissionResolver>();

        var granted = await sut.GetGrantedAsync(PrincipalFor("no-such-user"), TestContext.Current.CancellationToken);

        Assert.Same(GrantedPermissions.None, granted);
    }

    [Fact]
    public async Task GetGrantedAsync_SecondCallInSameScope_UsesRolesLoadedOnce()
    {
        await using var services = await CreateSiteAsync();
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserPermissionResolver>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var first = await sut.GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);
        await AddPermissionAsync(services, "Anonymous", "ExecuteGraphQL");

        var second = await sut.GetGrantedAsync(new ClaimsPrincipal(new ClaimsIdentity()), TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.False(second.Grants(ApiPermissions.ExecuteGraphQL));
    }

    [Fact]
    public async Task GetGrantedAsync_RoleClaimAddedAfterCaching_NextScopeSeesItWithoutQueryingUntilThen()
    {
        await using var services = await CreateSiteAsync();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        GrantedPermissions first;
        GrantedPermissions cached;
        await using (var scope = services.CreateScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<UserPermissionResolver>().GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);
        }

        await using (var scope = services.CreateScope())
        {
            cached = await scope.ServiceProvider.GetRequiredService<UserPermissionResolver>().GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);
        }

        await AddPermissionAsync(services, "Anonymous", "ExecuteGraphQL");
        await using var next = services.CreateScope();
        var sut = next.ServiceProvider.GetRequiredService<UserPermissionResolver>();

        var afterChange = await sut.GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);

        Assert.Same(first, cached);
        Assert.False(cached.Grants(ApiPermissions.ExecuteGraphQL));
        Assert.True(afterChange.Grants(ApiPermissions.ExecuteGraphQL));
    }

    [Fact]
    public async Task GetGrantedAsync_InvalidatedThroughCoreContract_ReloadsRoles()
    {
        await using var services = await CreateSiteAsync();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        GrantedPermissions first;
        await using (var scope = services.CreateScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<UserPermissionResolver>().GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);
        }

        services.Services.GetRequiredService<IRolePermissionCache>().Invalidate();
        await using var next = services.CreateScope();

        var reloaded = await next.ServiceProvider.GetRequiredService<UserPermissionResolver>().GetGrantedAsync(anonymous, TestContext.Current.CancellationToken);

        Assert.NotSame(first, reloaded);
        Assert.Equal(first.Names.Order(StringComparer.Ordinal), reloaded.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AuthorizeAsync_PermissionPolicyName_EvaluatedAgainstRoles()
    {
        await using var services = await CreateSiteAsync();
        var contributor = await CreateUserAsync(services, "medewerker", "Contributor");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var anonymousView = await sut.AuthorizeAsync(anonymous, PermissionPolicy.For(ContentPermissions.ViewContent));
        var anonymousEdit = await sut.AuthorizeAsync(anonymous, PermissionPolicy.For(ContentPermissions.EditOwnContent));
        var contributorEdit = await sut.AuthorizeAsync(PrincipalFor(contributor), PermissionPolicy.For(ContentPermissions.EditOwnContent));
        var contributorPublish = await sut.AuthorizeAsync(PrincipalFor(contributor), PermissionPolicy.For(ContentPermissions.PublishOwnContent));

        Assert.True(anonymousView.Succeeded);
        Assert.False(anonymousEdit.Succeeded);
        Assert.True(contributorEdit.Succeeded);
        Assert.False(contributorPublish.Succeeded);
    }

    private static async Task<SqliteTestServices> CreateSiteAsync()
    {
        var services = await ModuleTestServices.CreateAsync();
        await using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IUserProvisioner>()
            .EnsureAdministratorAsync("admin", "admin@example.org", Password, TestContext.Current.CancellationToken);
        return services;
    }

    private static async Task<string> CreateUserAsync(SqliteTestServices services, string userName, string role, bool enabled = true)
    {
        await using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>();
        var user = new LpbUser { UserName = userName, Email = userName + "@example.org", IsEnabled = enabled };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    private static async Task AddPermissionAsync(SqliteTestServices services, string roleName, string permission)
    {
        await using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var role = await roles.FindByNameAsync(roleName);
        Assert.True((await roles.AddClaimAsync(role!, new Claim(LpbRole.PermissionClaimType, permission))).Succeeded);
    }

    private static ClaimsPrincipal PrincipalFor(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], authenticationType: "Test"));
}
