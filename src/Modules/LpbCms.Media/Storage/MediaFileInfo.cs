namespace LpbCms.Media.Storage;

/// <summary>A stored media file: its normalized path, size in bytes and last change.</summary>
public sealed record MediaFileInfo(string Path, long Length, DateTimeOffset LastModifiedUtc);
