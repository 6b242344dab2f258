using System.Reflection;
using System.Security.Cryptography;

namespace LpbTheme.Assets;

/// <summary>The theme's <c>wwwroot</c> files, embedded in the assembly and read once at start.</summary>
public sealed class ThemeAssetCatalog
{
    public const string UrlPrefix = "/theme";

    private const string ResourcePrefix = "LpbTheme.wwwroot.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".js"] = "text/javascript; charset=utf-8",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly Dictionary<string, ThemeAsset> _assets = new(StringComparer.Ordinal);

    public ThemeAssetCatalog()
    {
        var assembly = typeof(ThemeAssetCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
            var content = Read(assembly, resource);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
            var contentType = ContentTypes.GetValueOrDefault(System.IO.Path.GetExtension(path), "application/octet-stream");
            _assets[path] = new ThemeAsset(path, contentType, content, hash);
        }
    }

    public ThemeAsset? Find(string? path) => path is null ? null : _assets.GetValueOrDefault(path);

    /// <summary>The versioned URL of an asset that must exist (a missing one is a build error in the theme).</summary>
    public string UrlOf(string path) =>
        Find(path)?.Url ?? throw new InvalidOperationException($"The theme has no asset '{path}'.");

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded asset '{resource}' cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
