using LpbCms.Core.Security;

namespace LpbCms.Media;

/// <summary>The media module's permission: managing the library (uploading, deleting); the files themselves are public.</summary>
public sealed class MediaPermissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Manage media");

    public IEnumerable<Permission> GetPermissions() => [ManageMedia];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultStereotypes() =>
        [PermissionStereotype.Of(StandardRoles.Editor, ManageMedia)];
}
