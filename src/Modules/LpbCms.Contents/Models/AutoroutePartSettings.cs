namespace LpbCms.Contents.Models;

/// <summary>Orchard's AutoroutePartSettings.</summary>
public sealed record AutoroutePartSettings
{
    /// <summary>Whether an editor may type a path; a given path is kept either way (Orchard's import keeps it).</summary>
    public bool AllowCustomPath { get; init; }

    /// <summary>Liquid pattern computing the path when none is given.</summary>
    public string? Pattern { get; init; } = "{{ Model.ContentItem | display_text | slugify }}";

    public bool ShowHomepageOption { get; init; }

    public bool AllowUpdatePath { get; init; }

    public bool AllowDisabled { get; init; }

    public bool AllowRouteContainedItems { get; init; }

    public bool ManageContainedItemRoutes { get; init; }

    public bool AllowAbsolutePath { get; init; }
}
