namespace LpbCms.Contents.Models;

/// <summary>Orchard's AutoroutePart: the item is served at <see cref="Path"/> (no leading slash).</summary>
public sealed record AutoroutePart
{
    /// <summary>Orchard's limit on a route path.</summary>
    public const int MaxPathLength = 1024;

    public string? Path { get; init; }

    public bool SetHomepage { get; init; }

    public bool Disabled { get; init; }

    public bool RouteContainedItems { get; init; }

    public bool Absolute { get; init; }
}
