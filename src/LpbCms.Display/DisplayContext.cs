namespace LpbCms.Display;

/// <summary>The request a render is for: the site's absolute base URL (scheme, host and path base, no trailing slash).</summary>
public sealed record DisplayContext(string BaseUrl)
{
    /// <summary>An absolute URL for a site-relative path ("/blog" → "https://host/blog").</summary>
    public string Absolute(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
