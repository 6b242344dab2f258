using System.Globalization;
using System.Text;

namespace LpbCms.Core.Recipes.Expressions;

/// <summary>
/// Orchard's <c>getUrlPrefix(path, escaped)</c> (OrchardCore.Contents): the site's path base
/// ("/" when the site runs at the root) with the trimmed <paramref name="path"/> appended; with
/// <c>escaped</c> true, characters not allowed in a URL path are percent-encoded (existing
/// <c>%XX</c> escapes are kept), as ASP.NET Core's <c>PathString.ToString()</c> does.
/// </summary>
internal static class UrlPrefix
{
    public static string Build(string? pathBase, string? path, bool? escaped)
    {
        var prefix = string.IsNullOrEmpty(pathBase) ? "/" : pathBase;
        var trimmed = path?.Trim(' ', '/') ?? string.Empty;
        if (trimmed.Length > 0)
        {
            // Join with exactly one slash, as PathString.Add does for a base ending in "/".
            prefix = prefix.EndsWith('/') ? prefix + trimmed : prefix + "/" + trimmed;
        }

        return escaped == true ? Escape(prefix) : prefix;
    }

    private static string Escape(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (IsPathCharacter(c) || (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2])))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length)))
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>RFC 3986 <c>pchar</c> and the segment separator: unreserved, sub-delims, ':', '@', '/'.</summary>
    private static bool IsPathCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal);
}
