using System.Collections.Concurrent;
using LpbCms.Core.Security;
using LpbCms.Users.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LpbCms.Users.Authorization;

/// <summary>
/// Builds the policy <c>Permission:{Name}</c> (see <see cref="PermissionPolicy"/>) on demand; any
/// other policy name goes to the default provider. A policy for a permission no module declares is
/// a programming error and fails loudly rather than silently denying or allowing.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!PermissionPolicy.TryGetPermissionName(policyName, out var permissionName))
        {
            return base.GetPolicyAsync(policyName);
        }

        var policy = _policies.GetOrAdd(permissionName, name =>
        {
            var permission = catalog.Find(name)
                ?? throw new InvalidOperationException($"Authorization policy '{policyName}' names permission '{name}', which no IPermissionProvider declares.");
            return new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(permission)).Build();
        });
        return Task.FromResult<AuthorizationPolicy?>(policy);
    }
}
