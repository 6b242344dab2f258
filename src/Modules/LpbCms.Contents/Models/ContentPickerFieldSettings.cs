namespace LpbCms.Contents.Models;

/// <summary>Orchard's ContentPickerFieldSettings.</summary>
public sealed record ContentPickerFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public bool Multiple { get; init; }

    public bool DisplayAllContentTypes { get; init; }

    public IReadOnlyList<string> DisplayedContentTypes { get; init; } = [];
}
