namespace LpbCms.Core.Security;

/// <summary>Orchard's content permission names.</summary>
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
    public static readonly Permission AccessContentApi = new("AccessContentApi", "Access the content API");
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access the admin panel");
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage users");
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles");
    public static readonly Permission ManageMedia = new("ManageMedia", "Manage media");
    public static readonly Permission ViewContentTypes = new("ViewContentTypes", "View content types");
    public static readonly Permission EditContentTypes = new("EditContentTypes", "Edit content types");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes");
    public static readonly Permission ExecuteGraphQL = new("ExecuteGraphQL", "Execute GraphQL queries");

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
