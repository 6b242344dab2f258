using LpbCms.Admin;
using LpbCms.Api;
using LpbCms.Contents;
using LpbCms.Core.Security;
using LpbCms.Media;
using LpbCms.Users;

namespace LpbCms.Modules.Tests.Infrastructure;

/// <summary>Every module's permission provider, as the default catalogue's startups register them.</summary>
internal static class ModulePermissionProviders
{
    public static IReadOnlyList<IPermissionProvider> All { get; } =
        [new ContentsPermissions(), new UsersPermissions(), new MediaPermissions(), new ApiPermissions(), new AdminPermissions()];
}
