namespace LpbCms.Core.Contents;

/// <summary>No user: items keep the Owner and Author they were given.</summary>
public sealed class NullContentUserAccessor : IContentUserAccessor
{
    public string? UserId => null;

    public string? UserName => null;
}
