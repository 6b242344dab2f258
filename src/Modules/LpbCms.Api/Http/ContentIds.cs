namespace LpbCms.Api.Http;

/// <summary>Which strings can be content item ids worth a database lookup.</summary>
public static class ContentIds
{
    /// <summary>Longest id accepted; longer ones cannot be stored ids and are answered without a query.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Our ids are 26 base32 characters, but Orchard recipes may bring other ids, so any short id of
    /// letters, digits, '-' and '_' is looked up; anything else cannot exist.
    /// </summary>
    public static bool IsPlausible(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
