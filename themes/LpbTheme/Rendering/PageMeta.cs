namespace LpbTheme.Rendering;

/// <summary>
/// What the layout needs to know about a page: its title (without the site name), meta description,
/// site-relative canonical path, Open Graph type, and the section of the main navigation it belongs to.
/// </summary>
public sealed record PageMeta(string Title, string Description, string CanonicalPath, string OgType = "website", string? Section = null)
{
    /// <summary>For an article: when it was published (Open Graph <c>article:published_time</c>).</summary>
    public DateTime? PublishedUtc { get; init; }
}
