using LpbCms.Core.Security;
using LpbCms.Modules.Tests.Infrastructure;
using LpbCms.Users.Permissions;

namespace LpbCms.Modules.Tests.Users;

public sealed class PermissionCatalogTests
{
    private readonly PermissionCatalog _sut = new([.. ModulePermissionProviders.All, new ExtraPermissionProvider()]);

    [Fact]
    public void GetDefaultPermissions_Administrator_EveryDeclaredPermission()
    {
        var result = _sut.GetDefaultPermissions("Administrator");

        Assert.Contains("ManageUsers", result, StringComparer.Ordinal);
        Assert.Contains("ExecuteGraphQL", result, StringComparer.Ordinal);
        Assert.Contains("ManageWidgets", result, StringComparer.Ordinal);
        Assert.Equal(result.Count, result.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void GetDefaultPermissions_Editor_PublishesAndDeletesButDoesNotManageUsers()
    {
        var result = _sut.GetDefaultPermissions("editor");

        Assert.Contains("PublishContent", result, StringComparer.Ordinal);
        Assert.Contains("DeleteContent", result, StringComparer.Ordinal);
        Assert.Contains("AccessAdminPanel", result, StringComparer.Ordinal);
        Assert.Contains("ManageMedia", result, StringComparer.Ordinal);
        Assert.Contains("AccessContentApi", result, StringComparer.Ordinal);
        Assert.Contains("ExecuteGraphQL", result, StringComparer.Ordinal);
        Assert.Contains("ViewContent", result, StringComparer.Ordinal);
        Assert.Contains("ManageWidgets", result, StringComparer.Ordinal);
        Assert.DoesNotContain("ManageUsers", result, StringComparer.Ordinal);
    }

    [Fact]
    public void GetDefaultPermissions_Author_CannotPublish()
    {
        var result = _sut.GetDefaultPermissions("Author");

        string[] expected = ["AccessAdminPanel", "DeleteOwnContent", "EditOwnContent", "ViewContent"];
        Assert.Equal(expected, result.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        Assert.DoesNotContain("PublishOwnContent", result, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Contributor", new[] { "EditOwnContent", "ViewContent" })]
    [InlineData("Authenticated", new[] { "ViewContent" })]
    [InlineData("Anonymous", new[] { "ViewContent" })]
    [InlineData("Moderator", new string[0])]
    public void GetDefaultPermissions_OtherRoles_TheirStereotype(string role, string[] expected)
    {
        var result = _sut.GetDefaultPermissions(role);

        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_NameInOtherCase_ReturnsDeclaredPermissionWithImplications()
    {
        var result = _sut.Find("editowncontent");

        Assert.Same(ContentPermissions.EditOwnContent, result);
        Assert.Null(_sut.Find("NoSuchPermission"));
    }

    private sealed class ExtraPermissionProvider : IPermissionProvider
    {
        public IEnumerable<Permission> GetPermissions() => [new Permission("ManageWidgets", "Manage widgets")];

        public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
            [new("Editor", ["ManageWidgets"])];
    }
}
