using LpbCms.Admin;
using LpbCms.Api;
using LpbCms.Contents;
using LpbCms.Media;
using LpbCms.Users;
using LpbCms.Web.Abstractions;
using LpbTheme;

namespace LpbCms.Web.Hosting;

/// <summary>
/// The modules this host composes, listed explicitly (no assembly scanning): adding a module is
/// one line here and one project reference. <see cref="Modules"/> holds them ordered by their
/// declared <see cref="IModuleStartup.Dependencies"/>; where those leave a choice, the listed order wins.
/// </summary>
public sealed class ModuleCatalog
{
    /// <exception cref="ModuleCatalogException">A module is listed twice, misses a dependency, or the dependencies form a cycle.</exception>
    public ModuleCatalog(IEnumerable<IModuleStartup> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        Modules = ModuleDependencyOrder.Sort([.. modules]);
    }

    public IReadOnlyList<IModuleStartup> Modules { get; }

    /// <summary>This catalog with <paramref name="added"/> modules too (the same catalog when there are none).</summary>
    public ModuleCatalog With(IReadOnlyCollection<IModuleStartup> added) =>
        added.Count == 0 ? this : new([.. Modules, .. added]);

    public static ModuleCatalog CreateDefault() => new(
    [
        new ContentsStartup(),  // standard parts and fields, Liquid patterns
        new UsersStartup(),     // identity, roles, permission policies, API tokens
        new MediaStartup(),     // media library and /media
        new ApiStartup(),       // REST, GraphQL, OpenAPI
        new AdminStartup(),     // /admin
        new LpbThemeStartup(),  // the public site
    ]);
}
