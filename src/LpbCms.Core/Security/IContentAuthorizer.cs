using System.Security.Claims;
using LpbCms.Core.Contents;

namespace LpbCms.Core.Security;

/// <summary>
/// Decides whether a caller may do something to a content item (Orchard's resource-based checks):
/// the permission itself suffices; for an item the caller owns, the "own" variant suffices too
/// (EditOwnContent for EditContent, PublishOwnContent for PublishContent, ...).
/// </summary>
public interface IContentAuthorizer
{
    Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, ContentItem? item = null, CancellationToken ct = default);
}
