using System.Text;

namespace LpbCms.Media.Storage;

/// <summary>Turns a user-supplied file name (an upload's name, say) into one <see cref="MediaPath"/> accepts.</summary>
public static class MediaFileName
{
    public const int MaxLength = 200;

    /// <summary>
    /// Keeps only the last path segment, composes Unicode, replaces characters file systems or
    /// media paths refuse with '-', collapses white space to one space, drops leading and trailing
    /// dots and spaces, prefixes reserved device names with '_' and shortens long names, keeping
    /// the extension.
    /// </summary>
    /// <exception cref="InvalidMediaPathException">Nothing usable is left of the name.</exception>
    public static string Sanitize(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(IsRefused(c) ? '-' : c);
            }
        }

        name = builder.ToString().Trim(' ', '.');
        if (name.Length == 0)
        {
            throw new InvalidMediaPathException($"The file name '{fileName}' has no usable characters.");
        }

        if (MediaPath.IsReservedName(name))
        {
            name = "_" + name;
        }

        return Shorten(name);
    }

    private static bool IsRefused(char c) => c is '<' or '>' or ':' or '"' or '/' or '|' or '?' or '*';

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxLength / 2)
        {
            extension = "";
        }

        var stem = name[..(MaxLength - extension.Length)];
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem.TrimEnd(' ', '.') + extension;
    }
}
