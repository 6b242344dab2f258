namespace LpbCms.Contents.Taxonomies;

/// <summary>Orchard's TaxonomyFieldSettings.</summary>
public sealed record TaxonomyFieldSettings
{
    public string? Hint { get; init; }

    /// <summary>At least one term must be chosen.</summary>
    public bool Required { get; init; }

    /// <summary>The taxonomy item the terms come from.</summary>
    public string? TaxonomyContentItemId { get; init; }

    /// <summary>At most one term (the editor offers one choice).</summary>
    public bool Unique { get; init; }

    /// <summary>Only terms without child terms can be chosen.</summary>
    public bool LeavesOnly { get; init; }
}
