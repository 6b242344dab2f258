namespace LpbCms.Core.Media;

/// <summary>A content item that uses a media file.</summary>
public sealed record MediaUse(string ContentItemId, string ContentType, string? DisplayText);
