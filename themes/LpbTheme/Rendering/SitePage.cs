namespace LpbTheme.Rendering;

/// <summary>A page's main content (HTML from its template) and what the layout needs to know about it.</summary>
public sealed record SitePage(PageMeta Meta, string BodyHtml);
