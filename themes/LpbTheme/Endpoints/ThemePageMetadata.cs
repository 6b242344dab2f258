namespace LpbTheme.Endpoints;

/// <summary>Marks the theme's public endpoints (pages, feeds, assets): only these are compressed by the theme's middleware.</summary>
public sealed class ThemePageMetadata
{
    public static readonly ThemePageMetadata Instance = new();

    private ThemePageMetadata()
    {
    }
}
