namespace LpbCms.Core.Deployment;

/// <summary>Limits on backup packages being imported (<c>LpbCms:Backup</c>), so a zip bomb is refused before it fills the disk.</summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "LpbCms:Backup";

    /// <summary>Most entries a package may have.</summary>
    public int MaxEntries { get; set; } = 100_000;

    /// <summary>Most bytes all entries together may hold once uncompressed (default 4 GB).</summary>
    public long MaxUncompressedBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Largest package the admin page accepts as an upload (default 1 GB).</summary>
    public long MaxUploadBytes { get; set; } = 1024L * 1024 * 1024;
}
