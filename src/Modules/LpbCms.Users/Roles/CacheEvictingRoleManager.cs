using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpbCms.Users.Roles;

/// <summary>
/// The role manager every module gets: each change to a role or its claims (create, update, rename,
/// add or remove a permission, delete) invalidates the role permission cache at once and again after
/// the open transaction commits or rolls back, so no request keeps or re-caches a stale permission list.
/// The unit of work is looked up only when a role changes: taking it in the constructor would create
/// the (async-only disposable) unit of work in every scope that merely reads roles.
/// </summary>
public sealed class CacheEvictingRoleManager(
    IRoleStore<LpbRole> store,
    IEnumerable<IRoleValidator<LpbRole>> roleValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    ILogger<RoleManager<LpbRole>> logger,
    IRolePermissionCache permissionCache,
    IServiceProvider scopeServices)
    : RoleManager<LpbRole>(store, roleValidators, keyNormalizer, errors, logger)
{
    public override async Task<IdentityResult> CreateAsync(LpbRole role)
    {
        var result = await base.CreateAsync(role);
        Invalidate();
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(LpbRole role)
    {
        var result = await base.DeleteAsync(role);
        Invalidate();
        return result;
    }

    /// <summary>Update, rename, add claim and remove claim all end here.</summary>
    protected override async Task<IdentityResult> UpdateRoleAsync(LpbRole role)
    {
        var result = await base.UpdateRoleAsync(role);
        Invalidate();
        return result;
    }

    private void Invalidate()
    {
        permissionCache.Invalidate();
        if (scopeServices.GetService<IUnitOfWork>()?.Current is { } transaction)
        {
            transaction.OnCommitted(InvalidateAsync);
            transaction.OnRolledBack(InvalidateAsync);
        }
    }

    private Task InvalidateAsync()
    {
        permissionCache.Invalidate();
        return Task.CompletedTask;
    }
}
