using LpbCms.Core.Security;

namespace LpbCms.Users.Permissions;

/// <summary>
/// Declares the permissions of <see cref="ContentPermissions"/> and the standard roles' defaults
/// (Orchard's stereotypes, except that an Author cannot publish in our product).
/// </summary>
public sealed class ContentPermissionProvider : IPermissionProvider
{
    private static readonly Permission[] AllPermissions =
    [
        ContentPermissions.EditContent, ContentPermissions.EditOwnContent,
        ContentPermissions.PublishContent, ContentPermissions.PublishOwnContent,
        ContentPermissions.DeleteContent, ContentPermissions.DeleteOwnContent,
        ContentPermissions.ViewContent, ContentPermissions.ViewOwnContent,
        ContentPermissions.PreviewContent, ContentPermissions.CloneContent,
        ContentPermissions.AccessContentApi, ContentPermissions.AccessAdminPanel,
        ContentPermissions.ManageUsers, ContentPermissions.ManageRoles, ContentPermissions.ManageMedia,
        ContentPermissions.ViewContentTypes, ContentPermissions.EditContentTypes,
        ContentPermissions.ManageRecipes, ContentPermissions.ExecuteGraphQL,
    ];

    private static readonly Permission[] EditorPermissions =
    [
        ContentPermissions.EditContent, ContentPermissions.PublishContent, ContentPermissions.DeleteContent,
        ContentPermissions.PreviewContent, ContentPermissions.CloneContent, ContentPermissions.ViewContent,
        ContentPermissions.AccessAdminPanel, ContentPermissions.ManageMedia,
        ContentPermissions.AccessContentApi, ContentPermissions.ExecuteGraphQL,
    ];

    private static readonly Permission[] AuthorPermissions =
    [
        ContentPermissions.EditOwnContent, ContentPermissions.DeleteOwnContent,
        ContentPermissions.ViewContent, ContentPermissions.AccessAdminPanel,
    ];

    private static readonly Permission[] ContributorPermissions =
    [
        ContentPermissions.EditOwnContent, ContentPermissions.ViewContent,
    ];

    public IEnumerable<Permission> GetPermissions() => AllPermissions;

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
    [
        Stereotype(StandardRoles.Administrator, AllPermissions),
        Stereotype(StandardRoles.Editor, EditorPermissions),
        Stereotype(StandardRoles.Author, AuthorPermissions),
        Stereotype(StandardRoles.Contributor, ContributorPermissions),
        Stereotype(StandardRoles.Authenticated, [ContentPermissions.ViewContent]),
        Stereotype(StandardRoles.Anonymous, [ContentPermissions.ViewContent]),
    ];

    private static KeyValuePair<string, IEnumerable<string>> Stereotype(string role, IEnumerable<Permission> permissions) =>
        new(role, permissions.Select(p => p.Name).ToArray());
}
