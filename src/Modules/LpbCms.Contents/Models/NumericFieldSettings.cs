namespace LpbCms.Contents.Models;

/// <summary>Orchard's NumericFieldSettings.</summary>
public sealed record NumericFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public int Scale { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }
}
