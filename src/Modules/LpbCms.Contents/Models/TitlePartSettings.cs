namespace LpbCms.Contents.Models;

/// <summary>Orchard's TitlePartSettings.</summary>
public sealed record TitlePartSettings
{
    public TitlePartOptions Options { get; init; } = TitlePartOptions.Editable;

    /// <summary>Liquid pattern that generates the title when <see cref="Options"/> is a Generated* value.</summary>
    public string? Pattern { get; init; }

    public bool RenderTitle { get; init; } = true;
}
