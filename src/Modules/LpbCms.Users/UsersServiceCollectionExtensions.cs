using LpbCms.Core.Contents;
using LpbCms.Core.Deployment;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using LpbCms.Core.Setup;
using LpbCms.Users.Authorization;
using LpbCms.Users.Contents;
using LpbCms.Users.Deployment;
using LpbCms.Users.Identity;
using LpbCms.Users.Permissions;
using LpbCms.Users.Roles;
using LpbCms.Users.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>
    /// Identity (without stores: the data layer registers the EF stores), the Identity.Application
    /// cookie, permission-based authorization (<c>Permission:{Name}</c> policies), the <c>Roles</c>
    /// recipe step, the setup's <see cref="IUserProvisioner"/> and the request-based
    /// <see cref="IContentUserAccessor"/>.
    /// </summary>
    public static IServiceCollection AddLpbUsers(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddIdentityCore<LpbUser>(LpbIdentityDefaults.Apply)
            .AddRoles<LpbRole>()
            .AddSignInManager<LpbSignInManager>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(ApplicationCookieDefaults.Apply);

        services.AddAuthorization();
        services.TryAddSingleton<PermissionCatalog>();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>());
        services.AddMemoryCache();
        services.TryAddSingleton<RolePermissionCache>();
        services.TryAddSingleton<IRolePermissionCache>(provider => provider.GetRequiredService<RolePermissionCache>());
        services.Replace(ServiceDescriptor.Scoped<RoleManager<LpbRole>, CacheEvictingRoleManager>());
        services.TryAddScoped(provider => new Lazy<UserManager<LpbUser>>(provider.GetRequiredService<UserManager<LpbUser>>));
        services.TryAddScoped(provider => new Lazy<RoleManager<LpbRole>>(provider.GetRequiredService<RoleManager<LpbRole>>));
        services.TryAddScoped<UserPermissionResolver>();
        services.TryAddScoped<ICallerCacheKeyProvider, CallerCacheKeyProvider>();
        services.TryAddScoped<IContentAuthorizer, ContentAuthorizer>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, PermissionAuthorizationHandler>());

        services.TryAddScoped<RoleProvisioner>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, RolesRecipeStep>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDeploymentSource, RolesDeploymentSource>());
        services.Replace(ServiceDescriptor.Scoped<IUserProvisioner, UserProvisioner>());

        // Replaces the core's "no user" default whichever of AddLpbCore and this runs first.
        services.Replace(ServiceDescriptor.Singleton<IContentUserAccessor, HttpContextContentUserAccessor>());
        return services;
    }
}
