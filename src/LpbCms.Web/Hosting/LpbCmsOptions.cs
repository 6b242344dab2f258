namespace LpbCms.Web.Hosting;

/// <summary>
/// Host settings (configuration section <c>LpbCms</c>), resolved once at start by
/// <see cref="LpbCmsOptionsResolver"/>: every path is absolute and the connection string is set.
/// </summary>
public sealed class LpbCmsOptions
{
    public const string SectionName = "LpbCms";

    /// <summary>The data folder (SQLite file, media, logs); relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public RecipeFolderOptions Recipes { get; set; } = new();
}
