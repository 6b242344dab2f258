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
}
