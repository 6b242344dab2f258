using System.Text.Json.Nodes;

namespace LpbTheme.Services;

/// <summary>
/// The theme's section of the site settings (<c>"LpbTheme": {...}</c>, set by the setup recipe's
/// settings step): which item the home page highlights and which page tells who the LPB is.
/// </summary>
public sealed record LpbThemeSettings(string SiteName, string? FeaturedContentItemId, string? AboutContentItemId)
{
    public const string SectionName = "LpbTheme";

    public static LpbThemeSettings From(JsonObject siteSettings)
    {
        ArgumentNullException.ThrowIfNull(siteSettings);
        var section = siteSettings[SectionName] as JsonObject;
        var siteName = Text(siteSettings[nameof(SiteName)]);
        return new LpbThemeSettings(
            string.IsNullOrWhiteSpace(siteName) ? "LPB" : siteName,
            Text(section?[nameof(FeaturedContentItemId)]),
            Text(section?[nameof(AboutContentItemId)]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
