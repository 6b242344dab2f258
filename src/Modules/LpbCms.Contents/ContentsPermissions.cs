using LpbCms.Core.Security;

namespace LpbCms.Contents;

/// <summary>
/// Declares Orchard's content item permissions (defined in Core's <see cref="ContentPermissions"/>,
/// see there why) and which standard roles hold them (Orchard's stereotypes, except that an Author
/// cannot publish in our product).
/// </summary>
public sealed class ContentsPermissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => ContentPermissions.All;

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
    [
        PermissionStereotype.Of(
            StandardRoles.Editor,
            ContentPermissions.EditContent, ContentPermissions.PublishContent, ContentPermissions.DeleteContent,
            ContentPermissions.PreviewContent, ContentPermissions.CloneContent, ContentPermissions.ViewContent),
        PermissionStereotype.Of(StandardRoles.Author, ContentPermissions.EditOwnContent, ContentPermissions.DeleteOwnContent, ContentPermissions.ViewContent),
        PermissionStereotype.Of(StandardRoles.Contributor, ContentPermissions.EditOwnContent, ContentPermissions.ViewContent),
        PermissionStereotype.Of(StandardRoles.Authenticated, ContentPermissions.ViewContent),
        PermissionStereotype.Of(StandardRoles.Anonymous, ContentPermissions.ViewContent),
    ];
}
