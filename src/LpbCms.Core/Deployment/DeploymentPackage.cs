namespace LpbCms.Core.Deployment;

/// <summary>
/// The layout of a backup: an Orchard deployment package (a zip with <c>Recipe.json</c> at the
/// root) plus <c>Package.json</c>, a manifest whose <c>formatVersion</c> says how to read it, and
/// the media files under <c>Media/</c>.
/// </summary>
public static class DeploymentPackage
{
    public const string RecipeEntry = "Recipe.json";

    public const string ManifestEntry = "Package.json";

    public const string MediaFolder = "Media/";

    /// <summary>The format this version writes and the only one it reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Content items per <c>content</c> step, so an import holds one step's items in memory at a time.</summary>
    public const int ContentStepSize = 500;
}
