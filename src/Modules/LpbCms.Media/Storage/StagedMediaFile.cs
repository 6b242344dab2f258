namespace LpbCms.Media.Storage;

/// <summary>A file written to the staging area, not yet visible under <see cref="TargetPath"/>.</summary>
public sealed record StagedMediaFile(string TargetPath, string StagingId);
