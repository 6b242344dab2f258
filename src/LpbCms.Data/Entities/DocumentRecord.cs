namespace LpbCms.Data.Entities;

/// <summary>A named JSON document (definitions, site settings) with its version stamp.</summary>
public sealed class DocumentRecord
{
    public required string Name { get; set; }

    public required string Content { get; set; }

    public required string VersionStamp { get; set; }
}
