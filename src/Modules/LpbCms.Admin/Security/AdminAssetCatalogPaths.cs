namespace LpbCms.Admin.Security;

/// <summary>Where the admin's embedded assets are served.</summary>
public static class AdminAssetCatalogPaths
{
    public const string Prefix = "/admin/assets";
}
