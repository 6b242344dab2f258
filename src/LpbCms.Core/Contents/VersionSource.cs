namespace LpbCms.Core.Contents;

/// <summary>The stored version (and its revision) a new, unsaved version was copied from.</summary>
internal sealed record VersionSource(string ContentItemVersionId, int Revision);
