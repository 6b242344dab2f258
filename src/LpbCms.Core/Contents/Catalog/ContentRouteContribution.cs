namespace LpbCms.Core.Contents.Catalog;

/// <summary>A part that gives its item a public path (Orchard's AutoroutePart).</summary>
/// <param name="PathProperty">The property holding the path (no leading slash).</param>
/// <param name="DisabledProperty">A boolean property that, when true, takes the item off the public site.</param>
public sealed record ContentRouteContribution(string PathProperty, string? DisabledProperty);
