using LpbCms.Core.Contents;

namespace LpbCms.Data.Tests.Changes;

/// <summary>A signed-in editor, as the host's accessor would report one.</summary>
internal sealed class FixedContentUser : IContentUserAccessor
{
    public const string Id = "user-1";

    public const string Name = "redacteur";

    public string? UserId => Id;

    public string? UserName => Name;
}
