namespace LpbCms.Core.Contents;

/// <summary>
/// Who is changing content, for <c>Owner</c> (the creator's user id) and <c>Author</c> (the last
/// editor's user name). The default answers null for both (background work, recipes); the host
/// replaces it with one that reads the signed-in user.
/// </summary>
public interface IContentUserAccessor
{
    string? UserId { get; }

    string? UserName { get; }
}
