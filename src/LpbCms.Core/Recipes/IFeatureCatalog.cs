namespace LpbCms.Core.Recipes;

/// <summary>
/// Says which feature ids (Orchard's, such as <c>OrchardCore.Autoroute</c>) this installation
/// provides, so the <c>feature</c> step records only those. Modules or the host register one;
/// with none registered, every feature a recipe enables is recorded.
/// </summary>
public interface IFeatureCatalog
{
    bool IsKnown(string featureId);
}
