namespace LpbCms.Media;

/// <summary>
/// Where media live and how long browsers keep them. Bound from <c>LpbCms:Media</c>; by default
/// <see cref="RootPath"/> is <c>{LpbCms:DataPath}/media</c> (the data path defaults to
/// <c>App_Data</c> under the content root) and <see cref="StagingPath"/> sits beside it.
/// </summary>
public sealed class MediaOptions
{
    public const string SectionName = "LpbCms:Media";

    public const string DataPathKey = "LpbCms:DataPath";

    public const string DefaultDataPath = "App_Data";

    /// <summary>Absolute folder holding the media files (a relative value is taken from the content root).</summary>
    public string RootPath { get; set; } = "";

    /// <summary>Folder for files written but not yet committed; must be on the same volume as <see cref="RootPath"/> for atomic moves.</summary>
    public string StagingPath { get; set; } = "";

    /// <summary>Browser cache lifetime of served media (Orchard's default is 30 days).</summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The largest upload the media library accepts, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// Widths and heights (pixels) a resized image may be asked for; any other size is refused, so
    /// requests cannot make the server render and store arbitrary variants. Empty means
    /// <see cref="DefaultResizeSizes"/>.
    /// </summary>
    public IList<int> ResizeSizes { get; set; } = [];

    /// <summary>Folder for resized variants; empty means <c>{LpbCms:DataPath}/media-cache</c>.</summary>
    public string CachePath { get; set; } = "";

    /// <summary>The sizes used when none are configured.</summary>
    public static IReadOnlyList<int> DefaultResizeSizes { get; } = [160, 320, 640, 960, 1280, 1920];
}
