namespace LpbCms.Core.Security;

/// <summary>A named permission with Orchard's names (e.g. <c>ViewContent</c>).</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null);
