using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Backup;

/// <summary>Reads backup zips for comparison and builds hostile ones for the refusal tests.</summary>
public static class BackupPackages
{
    /// <summary>A tiny valid PNG (1×1, transparent).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public const string ValidManifest = """{ "formatVersion": 1 }""";

    public const string EmptyRecipe = """{ "name": "Backup", "steps": [] }""";

    /// <summary>
    /// Recipe.json normalised for comparison: the header lines that name the moment and the person
    /// of the export (<c>displayName</c>, <c>author</c>) removed; steps and items keep their order,
    /// which the export fixes (storage order for content, names for the rest).
    /// </summary>
    public static JsonObject NormalisedRecipe(byte[] package)
    {
        var recipe = JsonNode.Parse(Read(package, "Recipe.json"))!.AsObject();
        recipe.Remove("displayName");
        recipe.Remove("author");
        return recipe;
    }

    /// <summary>SHA-256 of every file under Media/, by entry path.</summary>
    public static SortedDictionary<string, string> MediaHashes(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("Media/", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            hashes[entry.FullName] = Convert.ToHexString(SHA256.HashData(stream));
        }

        return hashes;
    }

    public static byte[] Read(byte[] package, string entryName)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(entryName)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A zip with the given entries (name → content), written as given (no path checks).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
