using LpbCms.Core.Security;
using Microsoft.AspNetCore.Builder;

namespace LpbCms.Web.Abstractions;

/// <summary>Lets any module require a permission on an endpoint or route group without referencing the users module.</summary>
public static class PermissionEndpointConventionBuilderExtensions
{
    /// <summary>Requires <paramref name="permission"/> through the policy <c>Permission:{Name}</c>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicy.For(permission));
}
