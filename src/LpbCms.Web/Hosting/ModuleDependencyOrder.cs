using LpbCms.Web.Abstractions;

namespace LpbCms.Web.Hosting;

/// <summary>
/// Orders modules so each comes after the modules it names in <see cref="IModuleStartup.Dependencies"/>
/// (a topological sort). Stable: of the modules whose dependencies are placed, the one listed first
/// goes next, so the catalogue's listed order decides every tie and a reader can predict the result.
/// </summary>
public static class ModuleDependencyOrder
{
    /// <exception cref="ModuleCatalogException">A module is listed twice, names a module that is not listed, or the dependencies form a cycle.</exception>
    public static IReadOnlyList<IModuleStartup> Sort(IReadOnlyList<IModuleStartup> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var byName = IndexByName(modules);
        ThrowOnMissingDependency(modules, byName);

        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = modules.ToList();
        var sorted = new List<IModuleStartup>(modules.Count);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(m => m.Dependencies.All(placed.Contains))
                ?? throw new ModuleCatalogException($"Module dependency cycle: {string.Join(" -> ", FindCycle(pending, byName))}.");
            pending.Remove(next);
            placed.Add(next.Name);
            sorted.Add(next);
        }

        return sorted;
    }

    private static Dictionary<string, IModuleStartup> IndexByName(IReadOnlyList<IModuleStartup> modules)
    {
        var byName = new Dictionary<string, IModuleStartup>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (!byName.TryAdd(module.Name, module))
            {
                throw new ModuleCatalogException($"Module '{module.Name}' is registered twice in the module catalogue.");
            }
        }

        return byName;
    }

    private static void ThrowOnMissingDependency(IReadOnlyList<IModuleStartup> modules, Dictionary<string, IModuleStartup> byName)
    {
        foreach (var module in modules)
        {
            if (module.Dependencies.FirstOrDefault(d => !byName.ContainsKey(d)) is { } missing)
            {
                throw new ModuleCatalogException($"Module '{module.Name}' depends on '{missing}', which is not in the module catalogue.");
            }
        }
    }

    /// <summary>
    /// Every pending module waits for another pending one, so following the first such dependency
    /// from any of them must come back to a module already seen: that loop is the cycle.
    /// </summary>
    private static IEnumerable<string> FindCycle(List<IModuleStartup> pending, Dictionary<string, IModuleStartup> byName)
    {
        var pendingNames = pending.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var path = new List<IModuleStartup>();
        var current = pending[0];
        while (!path.Contains(current))
        {
            path.Add(current);
            current = byName[current.Dependencies.First(pendingNames.Contains)];
        }

        return path.Skip(path.IndexOf(current)).Append(current).Select(m => m.Name);
    }
}
