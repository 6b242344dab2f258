using LpbCms.Admin.Security;
using LpbCms.Admin.Services;
using LpbCms.Users.Permissions;
using LpbCms.Web.Hosting;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Hosting;

/// <summary>The real host with the default module catalogue: it starts, and every module's permissions reach the roles admin.</summary>
public sealed class ModulePermissionsTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    /// <summary>By owner: Contents (content items), Users, Media, Api, Admin.</summary>
    private static readonly string[] EveryModulesPermissions =
    [
        "EditContent", "EditOwnContent", "PublishContent", "PublishOwnContent", "DeleteContent", "DeleteOwnContent",
        "ViewContent", "ViewOwnContent", "PreviewContent", "CloneContent",
        "ManageUsers", "ManageRoles",
        "ManageMedia",
        "AccessContentApi", "ExecuteGraphQL",
        "AccessAdminPanel", "ViewContentTypes", "EditContentTypes", "ManageRecipes", "ViewAuditTrail",
    ];

    [Fact]
    public void Start_DefaultCatalogue_ComposesEveryModuleInDependencyOrder()
    {
        var modules = factory.Services.GetRequiredService<ModuleCatalog>().Modules;

        Assert.Equal(["LpbCms.Contents", "LpbCms.Users", "LpbCms.Media", "LpbCms.Api", "LpbCms.Admin", "LpbTheme"], modules.Select(m => m.Name));
    }

    [Fact]
    public async Task PermissionListing_DefaultCatalogue_ListsEveryModulesPermissions()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var listed = scope.ServiceProvider.GetRequiredService<PermissionListing>().All.Select(p => p.Name);

        Assert.Equal(EveryModulesPermissions.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void PermissionCatalog_PermissionsTheAdminBorrows_AreDeclaredByTheirModules()
    {
        var catalog = factory.Services.GetRequiredService<PermissionCatalog>();

        Assert.All(DependencyPermissions.All, permission => Assert.NotNull(catalog.Find(permission.Name)));
    }

    [Fact]
    public void PermissionCatalog_Administrator_GetsEveryModulesPermissions()
    {
        var catalog = factory.Services.GetRequiredService<PermissionCatalog>();

        Assert.Equal(EveryModulesPermissions.Order(StringComparer.Ordinal), catalog.GetDefaultPermissions("Administrator").Order(StringComparer.Ordinal));
    }
}
