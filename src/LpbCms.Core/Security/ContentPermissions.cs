namespace LpbCms.Core.Security;

/// <summary>
/// Orchard's content item permissions. Declared to the site by the Contents module
/// (<c>ContentsPermissions</c>), but defined here because they are part of a Core contract:
/// <see cref="IContentAuthorizer"/> grants a permission through its "own" variant
/// (<see cref="OwnVariantOf"/>), and the admin, the API and the users module's authorizer all
/// check them while modules never reference each other.
/// </summary>
public static class ContentPermissions
{
    public static readonly Permission EditContent = new("EditContent", "Edit content for others");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", [EditContent]);
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish content for others");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", [PublishContent]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content for others");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", [DeleteContent]);
    public static readonly Permission ViewContent = new("ViewContent", "View all content", [EditContent]);
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", [ViewContent]);
    public static readonly Permission PreviewContent = new("PreviewContent", "Preview content", [EditContent]);
    public static readonly Permission CloneContent = new("CloneContent", "Clone content for others");

    /// <summary>Every content item permission, for the provider that declares them.</summary>
    public static IReadOnlyList<Permission> All { get; } =
    [
        EditContent, EditOwnContent, PublishContent, PublishOwnContent, DeleteContent, DeleteOwnContent,
        ViewContent, ViewOwnContent, PreviewContent, CloneContent,
    ];

    /// <summary>The "own" variant of a content permission (e.g. EditOwnContent for EditContent), or null when there is none.</summary>
    public static Permission? OwnVariantOf(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return permission.Name switch
        {
            "EditContent" => EditOwnContent,
            "PublishContent" => PublishOwnContent,
            "DeleteContent" => DeleteOwnContent,
            "ViewContent" => ViewOwnContent,
            _ => null,
        };
    }
}
