using System.Security.Claims;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;

namespace LpbCms.Admin.Services;

/// <summary>The types the admin lists and lets editors create (Orchard's Listable and Creatable settings).</summary>
public sealed class ContentTypeCatalog(IContentDefinitionManager definitions, IContentAuthorizer authorizer)
{
    public async Task<IReadOnlyList<ContentTypeChoice>> GetListableAsync(CancellationToken ct = default)
    {
        var document = await definitions.GetDocumentAsync(ct);
        return [.. document.ContentTypes.Where(t => t.GetTypeSettings().Listable).Select(Choice).OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Creatable types, when the user may edit (own) content at all.</summary>
    public async Task<IReadOnlyList<ContentTypeChoice>> GetCreatableAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!await authorizer.AuthorizeAsync(user, ContentPermissions.EditOwnContent, ct: ct))
        {
            return [];
        }

        var document = await definitions.GetDocumentAsync(ct);
        return [.. document.ContentTypes.Where(t => t.GetTypeSettings().Creatable).Select(Choice).OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public static ContentTypeChoice Choice(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new ContentTypeChoice(type.Name, string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName);
    }
}
