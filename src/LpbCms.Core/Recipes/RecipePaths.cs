namespace LpbCms.Core.Recipes;

/// <summary>Builds JSON paths for error messages.</summary>
public static class RecipePaths
{
    public static string Combine(string basePath, string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative == "$")
        {
            return basePath;
        }

        relative = relative.StartsWith('$') ? relative[1..] : relative;
        return relative.StartsWith('[') || relative.StartsWith('.') ? basePath + relative : basePath + "." + relative;
    }

    /// <summary>The path of a property: <c>$.a.name</c>, or <c>$.a['odd name']</c> when the name is not a plain identifier.</summary>
    public static string Property(string basePath, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? $"{basePath}.{name}" : $"{basePath}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The path of an array element: <c>$.a[3]</c>.</summary>
    public static string Index(string basePath, int index) => $"{basePath}[{index}]";
}
