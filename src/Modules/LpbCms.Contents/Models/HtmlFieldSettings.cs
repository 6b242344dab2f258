namespace LpbCms.Contents.Models;

/// <summary>Orchard's HtmlFieldSettings: HTML is sanitized on save unless switched off per field.</summary>
public sealed record HtmlFieldSettings
{
    public string? Hint { get; init; }

    public bool SanitizeHtml { get; init; } = true;
}
