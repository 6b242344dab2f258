namespace LpbCms.Media;

/// <summary>Turns configured (possibly empty or relative) media folders into absolute ones.</summary>
public static class MediaOptionsPaths
{
    public static void Resolve(MediaOptions options, string? dataPath, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(contentRootPath);
        var data = Path.GetFullPath(string.IsNullOrWhiteSpace(dataPath) ? MediaOptions.DefaultDataPath : dataPath, contentRootPath);
        options.RootPath = string.IsNullOrWhiteSpace(options.RootPath)
            ? Path.Combine(data, "media")
            : Path.GetFullPath(options.RootPath, contentRootPath);
        options.CachePath = string.IsNullOrWhiteSpace(options.CachePath)
            ? Path.Combine(data, "media-cache")
            : Path.GetFullPath(options.CachePath, contentRootPath);
        if (options.ResizeSizes.Count == 0)
        {
            options.ResizeSizes = [.. MediaOptions.DefaultResizeSizes];
        }

        options.StagingPath = string.IsNullOrWhiteSpace(options.StagingPath)
            ? Path.TrimEndingDirectorySeparator(options.RootPath) + "-staging"
            : Path.GetFullPath(options.StagingPath, contentRootPath);
    }
}
