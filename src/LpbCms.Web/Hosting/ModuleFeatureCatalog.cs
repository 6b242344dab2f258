using LpbCms.Core.Recipes;

namespace LpbCms.Web.Hosting;

/// <summary>The Orchard feature ids the composed modules stand in for, so a recipe's <c>feature</c> step records only those.</summary>
public sealed class ModuleFeatureCatalog(ModuleCatalog modules) : IFeatureCatalog
{
    private readonly HashSet<string> _features = modules.Modules
        .SelectMany(m => m.Features.Append(m.Name))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsKnown(string featureId) => _features.Contains(featureId);
}
