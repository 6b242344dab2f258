using LpbCms.Core.Security;
using LpbCms.Media;
using LpbCms.Users;
using LpbCms.Users.Permissions;

namespace LpbCms.Modules.Tests.Users;

public sealed class GrantedPermissionsTests
{
    [Fact]
    public void Grants_HeldPermission_True()
    {
        var sut = GrantedPermissions.ForRoles(["Editor"], ["ManageMedia"]);

        Assert.True(sut.Grants(MediaPermissions.ManageMedia));
        Assert.False(sut.Grants(UsersPermissions.ManageUsers));
    }

    [Fact]
    public void Grants_PermissionImpliedByHeldOne_True()
    {
        var sut = GrantedPermissions.ForRoles(["Editor"], ["EditContent", "PublishContent"]);

        Assert.True(sut.Grants(ContentPermissions.EditOwnContent));
        Assert.True(sut.Grants(ContentPermissions.ViewContent));
        Assert.True(sut.Grants(ContentPermissions.ViewOwnContent));
        Assert.True(sut.Grants(ContentPermissions.PublishOwnContent));
    }

    [Fact]
    public void Grants_OnlyTheImpliedPermissionHeld_DoesNotGrantTheStrongerOne()
    {
        var sut = GrantedPermissions.ForRoles(["Author"], ["EditOwnContent"]);

        Assert.True(sut.Grants(ContentPermissions.EditOwnContent));
        Assert.False(sut.Grants(ContentPermissions.EditContent));
        Assert.False(sut.Grants(ContentPermissions.ViewContent));
        Assert.False(sut.Grants(ContentPermissions.PublishOwnContent));
    }

    [Fact]
    public void Grants_AdministratorRole_EverythingEvenWithoutClaims()
    {
        var sut = GrantedPermissions.ForRoles(["administrator"], []);

        Assert.True(sut.IsAdministrator);
        Assert.True(sut.Grants(UsersPermissions.ManageUsers));
        Assert.True(sut.Grants(new Permission("SomeModulePermission", "Declared elsewhere")));
    }

    [Fact]
    public void Grants_NamesDifferInCase_StillGranted()
    {
        var sut = GrantedPermissions.ForRoles(["Anonymous"], ["viewcontent"]);

        Assert.True(sut.Grants(ContentPermissions.ViewContent));
    }

    [Fact]
    public void Grants_None_NothingAtAll()
    {
        var sut = GrantedPermissions.None;

        Assert.False(sut.Grants(ContentPermissions.ViewContent));
        Assert.False(sut.IsAdministrator);
    }

    [Fact]
    public void Fingerprint_SameGrantsInOtherOrderAndCase_Equal()
    {
        var first = GrantedPermissions.ForRoles(["Editor"], ["ViewContent", "ExecuteGraphQL"]);
        var second = GrantedPermissions.ForRoles(["Other"], ["executegraphql", "ViewContent", "ViewContent"]);

        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void Fingerprint_OnePermissionMoreOrAdministrator_Differs()
    {
        var viewer = GrantedPermissions.ForRoles(["Editor"], ["ViewContent"]);
        var more = GrantedPermissions.ForRoles(["Editor"], ["ViewContent", "EditContent"]);
        var administrator = GrantedPermissions.ForRoles(["Administrator"], ["ViewContent"]);

        Assert.NotEqual(viewer.Fingerprint, more.Fingerprint);
        Assert.NotEqual(viewer.Fingerprint, administrator.Fingerprint);
    }
}
