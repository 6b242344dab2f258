namespace LpbTheme.Assets;

/// <summary>One static file of the theme, held in memory: its bytes, content type and content hash (the URL version).</summary>
public sealed record ThemeAsset(string Path, string ContentType, ReadOnlyMemory<byte> Content, string Hash)
{
    /// <summary>The versioned URL: a changed file gets a new URL, so it may be cached for a year.</summary>
    public string Url => $"{ThemeAssetCatalog.UrlPrefix}/{Path}?v={Hash}";
}
