using System.Reflection;
using System.Security.Cryptography;
using LpbCms.Admin.Security;

namespace LpbCms.Admin.Endpoints;

/// <summary>The admin's embedded assets (Assets/ and the npm packages' dist files), read once at start.</summary>
public sealed class AdminAssetCatalog
{
    private const string ResourcePrefix = "LpbCms.Admin.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, AdminAsset> _assets = new(StringComparer.Ordinal);

    public AdminAssetCatalog()
    {
        var assembly = typeof(AdminAssetCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
            var content = Read(assembly, resource);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
            _assets[path] = new AdminAsset(path, ContentTypes.GetValueOrDefault(System.IO.Path.GetExtension(path), "application/octet-stream"), content, hash);
        }
    }

    public AdminAsset? Find(string? path) => path is null ? null : _assets.GetValueOrDefault(path);

    /// <summary>The versioned URL of an asset; null when it is not embedded (e.g. the npm packages were not installed).</summary>
    public string? UrlOf(string path) => Find(path) is { } asset ? $"{AdminAssetCatalogPaths.Prefix}/{asset.Path}?v={asset.Hash}" : null;

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded admin asset '{resource}' cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
