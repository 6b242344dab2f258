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
/// one line here and one project reference. Modules run in <see cref="IModuleStartup.Order"/>.
/// </summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IModuleStartup> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        Modules = [.. modules.OrderBy(m => m.Order)];
    }

    public IReadOnlyList<IModuleStartup> Modules { get; }

    /// <summary>This catalog with <paramref name="added"/> modules too (the same catalog when there are none).</summary>
    public ModuleCatalog With(IReadOnlyCollection<IModuleStartup> added) =>
        added.Count == 0 ? this : new([.. Modules, .. added]);

    public static ModuleCatalog CreateDefault() => new(
    [
        new ContentsStartup(),
        new UsersStartup(),
        new AdminStartup(),
        new MediaStartup(),
        new ApiStartup(),
        new LpbThemeStartup(),
    ]);
}
