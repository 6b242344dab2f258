using LpbCms.Api.Http;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Api.Endpoints;

/// <summary>
/// A permission on a whole route group, together with the answers the authorization middleware
/// gives when it is missing: 401 (ProblemDetails from the status-code pages) for a caller that is
/// not signed in, 403 for one that is. Those answers come from middleware, not from the handlers'
/// typed results, so they are declared here, where the requirement is.
/// </summary>
public static class ApiPermissionConventions
{
    public static RouteGroupBuilder RequireApiPermission(this RouteGroupBuilder group, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.RequirePermission(permission);
        ((IEndpointConventionBuilder)group).Add(builder =>
        {
            ApiProblemResult.Declare(builder, StatusCodes.Status401Unauthorized);
            ApiProblemResult.Declare(builder, StatusCodes.Status403Forbidden);
        });
        return group;
    }
}
