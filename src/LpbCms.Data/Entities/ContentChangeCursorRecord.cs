namespace LpbCms.Data.Entities;

/// <summary>How far one named consumer has read the change feed.</summary>
public sealed class ContentChangeCursorRecord
{
    public required string Consumer { get; set; }

    public long LastSequence { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
