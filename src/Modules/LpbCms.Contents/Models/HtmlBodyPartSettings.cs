namespace LpbCms.Contents.Models;

/// <summary>Orchard's HtmlBodyPartSettings: HTML is sanitized on save unless switched off per type.</summary>
public sealed record HtmlBodyPartSettings
{
    public bool SanitizeHtml { get; init; } = true;
}
