namespace LpbCms.Admin.Endpoints;

/// <summary>One embedded admin asset with its content hash (used in the URL, so it can be cached forever).</summary>
public sealed record AdminAsset(string Path, string ContentType, byte[] Content, string Hash);
