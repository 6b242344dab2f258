using LpbCms.Core.Security;
using LpbCms.Core.Setup;
using LpbCms.Modules.Tests.Infrastructure;
using LpbCms.Users.Identity;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Users;

public sealed class UserProvisionerTests
{
    private const string StrongPassword = "Lpb-Jubileum-2019";

    [Fact]
    public async Task EnsureAdministratorAsync_NewSite_UserInAdministratorRoleAndStandardRolesCreated()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IUserProvisioner>();

        var result = await sut.EnsureAdministratorAsync("admin", "admin@example.org", StrongPassword, ct);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>();
        var user = await users.FindByIdAsync(result.UserId);
        Assert.NotNull(user);
        Assert.Equal(("admin", "admin@example.org"), (result.UserName, result.Email));
        Assert.True(await users.CheckPasswordAsync(user, StrongPassword));
        Assert.Equal("Administrator", Assert.Single(await users.GetRolesAsync(user)));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        Assert.All(StandardRoles.All, name => Assert.NotNull(roles.Roles.SingleOrDefault(r => r.NormalizedName == roles.NormalizeKey(name))));
        var administrator = await roles.FindByNameAsync("Administrator");
        var permissions = (await roles.GetClaimsAsync(administrator!)).Select(c => c.Value).ToList();
        Assert.Contains("ManageUsers", permissions, StringComparer.Ordinal);
        Assert.Contains("ExecuteGraphQL", permissions, StringComparer.Ordinal);
        var anonymous = await roles.FindByNameAsync("Anonymous");
        Assert.Equal("ViewContent", Assert.Single(await roles.GetClaimsAsync(anonymous!)).Value);
    }

    [Fact]
    public async Task EnsureAdministratorAsync_ExistingUser_ReturnedUnchanged()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        ProvisionedUser first;
        await using (var scope = services.CreateScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<IUserProvisioner>().EnsureAdministratorAsync("admin", "admin@example.org", StrongPassword, ct);
        }

        await using var secondScope = services.CreateScope();
        var second = await secondScope.ServiceProvider.GetRequiredService<IUserProvisioner>().EnsureAdministratorAsync("admin", "other@example.org", "Another-Passw0rd", ct);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task EnsureAdministratorAsync_WeakPassword_ThrowsListingIdentityErrors()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IUserProvisioner>();

        var ex = await Assert.ThrowsAsync<IdentityOperationException>(() => sut.EnsureAdministratorAsync("admin", "admin@example.org", "short", ct));

        Assert.Contains("Creating administrator 'admin' failed", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Errors, e => e.Contains("at least 10 characters", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("digit", StringComparison.Ordinal));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>().FindByNameAsync("admin"));
    }
}
