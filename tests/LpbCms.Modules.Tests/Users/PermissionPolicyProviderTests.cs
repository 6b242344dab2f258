using LpbCms.Core.Security;
using LpbCms.Modules.Tests.Infrastructure;
using LpbCms.Users.Authorization;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LpbCms.Modules.Tests.Users;

public sealed class PermissionPolicyProviderTests
{
    [Fact]
    public async Task GetPolicyAsync_PermissionPolicyName_RequiresThatPermission()
    {
        var sut = CreateProvider(new AuthorizationOptions());

        var policy = await sut.GetPolicyAsync(PermissionPolicy.For(ContentPermissions.ViewContent));

        Assert.NotNull(policy);
        var requirement = Assert.IsType<PermissionRequirement>(Assert.Single(policy.Requirements));
        Assert.Same(ContentPermissions.ViewContent, requirement.Permission);
    }

    [Fact]
    public async Task GetPolicyAsync_UndeclaredPermission_FailsLoudly()
    {
        var sut = CreateProvider(new AuthorizationOptions());

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.GetPolicyAsync("Permission:NoSuchPermission"));

        Assert.Contains("NoSuchPermission", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPolicyAsync_OtherPolicyName_FromDefaultProvider()
    {
        var options = new AuthorizationOptions();
        options.AddPolicy("Custom", p => p.RequireAuthenticatedUser());
        var sut = CreateProvider(options);

        var custom = await sut.GetPolicyAsync("Custom");
        var unknown = await sut.GetPolicyAsync("Unknown");

        Assert.NotNull(custom);
        Assert.Null(unknown);
    }

    private static PermissionPolicyProvider CreateProvider(AuthorizationOptions options) =>
        new(Options.Create(options), new PermissionCatalog(ModulePermissionProviders.All));
}
