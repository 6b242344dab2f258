using System.IO.Compression;
using System.Net;
using System.Text;

namespace LpbCms.Core.Recipes.Expressions;

/// <summary>The pure helper functions recipes call from <c>[js:]</c> expressions, with Orchard's meaning.</summary>
internal static class RecipeScriptFunctions
{
    /// <summary><c>base64(s)</c>: decodes base64 to UTF-8 text (Orchard's recipes use it to embed JSON).</summary>
    public static string Base64(string encoded) => Encoding.UTF8.GetString(Convert.FromBase64String(encoded));

    /// <summary><c>html(s)</c>: decodes HTML entities.</summary>
    public static string Html(string encoded) => WebUtility.HtmlDecode(encoded);

    /// <summary><c>gzip(s)</c>: base64 of gzip-compressed UTF-8 text, back to the text.</summary>
    public static string Gzip(string encoded)
    {
        using var compressed = new MemoryStream(Convert.FromBase64String(encoded));
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
